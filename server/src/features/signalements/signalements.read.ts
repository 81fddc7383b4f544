import { and, eq, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../../domain/auth/roles';
import { notFound } from '../../../../domain/errors';
import type { DbOrTx } from '../../db/client';
import { signalements, users } from '../../db/schema';
import { tenantScope } from '../../lib/scope';
import type { SignalementRow } from './signalements.presenter';

/** What an actor may see: partners what is routed to them, staff their territories. */
export function signalementScope(actor: Actor): SQL {
  return tenantScope(actor, {
    structureId: signalements.structureId,
    territoryId: signalements.territoryId,
    partnerId: signalements.partnerId,
  });
}

export async function getVisibleRow(
  db: DbOrTx,
  actor: Actor,
  id: string,
  lock = false,
): Promise<SignalementRow> {
  const q = db
    .select()
    .from(signalements)
    .where(and(eq(signalements.id, id), signalementScope(actor)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('Signalement');
  return row;
}

export async function userLabel(db: DbOrTx, userId: string): Promise<string> {
  const [u] = await db
    .select({ prenom: users.prenom, nom: users.nom })
    .from(users)
    .where(eq(users.id, userId));
  return u ? `${u.prenom} ${u.nom}` : 'Compte supprimé';
}
