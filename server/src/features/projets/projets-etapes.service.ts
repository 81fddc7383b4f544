/**
 * A project's support steps: dated, with the mediators' hours. Created on the client's id (a
 * retry writes one); every change is one transaction with its audit row, the note kept as a
 * fingerprint.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { forbidden, notFound } from '../../../../domain/errors';
import { canDeleteEtapeProjet } from '../../../../domain/projets/projet.rules';
import type { EtapeProjetCreateInput, EtapeProjetView } from '../../../../domain/projets/projet.schema';
import type { DbOrTx } from '../../db/client';
import { users } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { fingerprint } from '../main-courante';
import { idUtilise, loadProjetRow, touchProjet } from './projets.access';
import { presentEtape } from './projets.presenter';
import { assertMediateurs } from './projets.refs';
import { projetEtapes } from './projets.table';

async function nomsDe(tx: DbOrTx, ids: readonly string[]) {
  const rows = ids.length
    ? await tx
        .select({ id: users.id, nom: sql<string>`${users.prenom} || ' ' || ${users.nom}` })
        .from(users)
        .where(inArray(users.id, [...ids]))
    : [];
  return new Map(rows.map((r) => [r.id, r.nom]));
}

/** Records a support step; the same id twice records one. */
export async function addEtape(
  ctx: ServiceContext,
  projetId: string,
  input: EtapeProjetCreateInput,
): Promise<EtapeProjetView> {
  return ctx.db.transaction(async (tx) => {
    await loadProjetRow(tx, ctx, projetId);
    const [existing] = await tx.select().from(projetEtapes).where(eq(projetEtapes.id, input.id));
    if (existing) {
      if (existing.projetId !== projetId) throw idUtilise();
      return presentEtape(existing, await nomsDe(tx, existing.mediatorIds));
    }
    await assertMediateurs(tx, ctx, input.mediateurIds);
    const mediatorIds = [...new Set(input.mediateurIds)];
    const [row] = await tx
      .insert(projetEtapes)
      .values({
        id: input.id,
        structureId: ctx.actor.structureId,
        projetId,
        kind: input.kind,
        day: input.date,
        minutes: Math.round(input.heures * 60),
        mediatorIds,
        note: input.note,
        createdBy: ctx.actor.userId,
      })
      .onConflictDoNothing({ target: projetEtapes.id })
      .returning();
    if (!row) throw idUtilise();
    await touchProjet(tx, ctx, projetId);
    await auditChange(tx, ctx, 'create', 'projet_etape', row.id, {
      before: null,
      after: {
        projetId,
        kind: row.kind,
        date: row.day,
        heures: input.heures,
        mediateurIds: mediatorIds.join(','),
        note: fingerprint(row.note),
      },
      notes: [row.note],
    });
    return presentEtape(row, await nomsDe(tx, mediatorIds));
  });
}

/** Removes a step: coordination, or the mediator who recorded it. */
export async function deleteEtape(ctx: ServiceContext, projetId: string, etapeId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await loadProjetRow(tx, ctx, projetId, true);
    const [row] = await tx
      .select()
      .from(projetEtapes)
      .where(and(eq(projetEtapes.id, etapeId), eq(projetEtapes.projetId, projetId)));
    if (!row) throw notFound('Étape');
    if (!canDeleteEtapeProjet(ctx.actor, row)) {
      throw forbidden('Seule la coordination, ou la personne qui l’a saisie, retire une étape.');
    }
    await tx.delete(projetEtapes).where(eq(projetEtapes.id, etapeId));
    await touchProjet(tx, ctx, projetId);
    await auditChange(tx, ctx, 'delete', 'projet_etape', etapeId, {
      before: { projetId, kind: row.kind, date: row.day, heures: row.minutes / 60 },
      after: null,
    });
  });
}
