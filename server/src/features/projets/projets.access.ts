import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../../domain/auth/roles';
import { notFound, validationFailed } from '../../../../domain/errors';
import type { DbOrTx } from '../../db/client';
import type { ServiceContext } from '../../lib/context';
import { tenantScope } from '../../lib/scope';
import { projets } from './projets.table';

export type ProjetRow = typeof projets.$inferSelect;

/** The projects an actor may see: their structure's, on the territories they cover. */
export const projetScope = (actor: Actor) =>
  tenantScope(actor, { structureId: projets.structureId, territoryId: projets.territoryId });

/** One project of the actor's scope (locked for a write), or 404: another structure's is never told apart. */
export async function loadProjetRow(
  tx: DbOrTx,
  ctx: ServiceContext,
  id: string,
  forUpdate = false,
): Promise<ProjetRow> {
  const q = tx
    .select()
    .from(projets)
    .where(and(projetScope(ctx.actor), eq(projets.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  if (!row) throw notFound('Projet');
  return row;
}

/** A client id already taken by another record: the retry of a different write. */
export const idUtilise = () =>
  validationFailed('Identifiant déjà utilisé (id).', [{ champ: 'id', message: 'Identifiant déjà utilisé.' }]);

/** A step or a funding line changed the project: its page and list show it as changed. */
export const touchProjet = (tx: DbOrTx, ctx: ServiceContext, id: string) =>
  tx.update(projets).set({ updatedAt: ctx.now() }).where(eq(projets.id, id));
