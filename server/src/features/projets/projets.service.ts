/**
 * Residents' projects (issue 14, part 4; ADR 034): create (idempotent on the client's id), change
 * (status by the pure rule of domain/projets), read the page. Every change is one transaction
 * with its audit row; reading the carriers is a read of personal data, audited too.
 */
import { and, eq, sql } from 'drizzle-orm';
import { validationFailed } from '../../../../domain/errors';
import { transitionProjetError } from '../../../../domain/projets/projet.rules';
import type {
  ProjetCreateInput,
  ProjetUpdateInput,
  ProjetView,
} from '../../../../domain/projets/projet.schema';
import type { ProjetStatut } from '../../../../domain/projets/projet.taxonomies';
import type { DbOrTx } from '../../db/client';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { fingerprint } from '../main-courante';
import { idUtilise, loadProjetRow, type ProjetRow, projetScope } from './projets.access';
import { loadProjetView } from './projets.load';
import { assertProjetRefs } from './projets.refs';
import { projetPartenaires, projetPorteurs, projetStatuts, projets } from './projets.table';

const idsDe = (ids: readonly string[]) => [...new Set(ids)].sort().join(',');

/** What the audit row keeps of a project: no free text, the description's fingerprint only. */
const auditProjet = (p: ProjetRow, partenaireIds: readonly string[], personneIds: readonly string[]) => ({
  titre: p.titre,
  description: fingerprint(p.description),
  statut: p.statut,
  territoireId: p.territoryId,
  actionOrigineId: p.actionOrigineId,
  partenaireIds: idsDe(partenaireIds),
  personneIds: idsDe(personneIds),
});

async function linkedIds(tx: DbOrTx, id: string) {
  const partenaires = await tx
    .select({ id: projetPartenaires.partnerId })
    .from(projetPartenaires)
    .where(eq(projetPartenaires.projetId, id));
  const porteurs = await tx
    .select({ id: projetPorteurs.personneId })
    .from(projetPorteurs)
    .where(eq(projetPorteurs.projetId, id));
  return { partenaireIds: partenaires.map((r) => r.id), personneIds: porteurs.map((r) => r.id) };
}

async function writeLinks(
  tx: DbOrTx,
  id: string,
  partenaireIds?: readonly string[],
  personneIds?: readonly string[],
) {
  if (partenaireIds) {
    await tx.delete(projetPartenaires).where(eq(projetPartenaires.projetId, id));
    const unique = [...new Set(partenaireIds)];
    if (unique.length)
      await tx.insert(projetPartenaires).values(unique.map((partnerId) => ({ projetId: id, partnerId })));
  }
  if (personneIds) {
    await tx.delete(projetPorteurs).where(eq(projetPorteurs.projetId, id));
    const unique = [...new Set(personneIds)];
    if (unique.length)
      await tx.insert(projetPorteurs).values(unique.map((personneId) => ({ projetId: id, personneId })));
  }
}

/** Creates a project; the same id twice creates one (the second answers the first). */
export async function createProjet(ctx: ServiceContext, input: ProjetCreateInput): Promise<ProjetView> {
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(projets)
      .where(and(projetScope(ctx.actor), eq(projets.id, input.id)));
    if (existing) return loadProjetView(tx, existing);
    await assertProjetRefs(tx, ctx, input);
    const now = ctx.now();
    const [row] = await tx
      .insert(projets)
      .values({
        id: input.id,
        structureId: ctx.actor.structureId,
        territoryId: input.territoireId,
        titre: input.titre,
        description: input.description,
        statut: input.statut,
        actionOrigineId: input.actionOrigineId,
        createdBy: ctx.actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: projets.id })
      .returning();
    if (!row) {
      throw idUtilise();
    }
    await tx
      .insert(projetStatuts)
      .values({ projetId: row.id, statut: row.statut, seq: 1, at: now, byUserId: ctx.actor.userId });
    await writeLinks(tx, row.id, input.partenaireIds, input.personneIds);
    await auditChange(tx, ctx, 'create', 'projet', row.id, {
      before: null,
      after: auditProjet(row, input.partenaireIds, input.personneIds),
      notes: [input.description],
    });
    return loadProjetView(tx, row);
  });
}

/** Changes a project: its facts, partners, carriers, and its status along the allowed transitions. */
export async function updateProjet(
  ctx: ServiceContext,
  id: string,
  patch: ProjetUpdateInput,
): Promise<ProjetView> {
  return ctx.db.transaction(async (tx) => {
    const before = await loadProjetRow(tx, ctx, id, true);
    const links = await linkedIds(tx, id);
    const statut = (patch.statut ?? before.statut) as ProjetStatut;
    const error = transitionProjetError(before.statut as ProjetStatut, statut);
    if (error) throw validationFailed(error, [{ champ: 'statut', message: error }]);
    await assertProjetRefs(tx, ctx, patch);
    const now = ctx.now();
    const [after] = await tx
      .update(projets)
      .set({
        titre: patch.titre ?? before.titre,
        description: patch.description !== undefined ? patch.description : before.description,
        territoryId: patch.territoireId ?? before.territoryId,
        statut,
        actionOrigineId: patch.actionOrigineId !== undefined ? patch.actionOrigineId : before.actionOrigineId,
        updatedAt: now,
      })
      .where(eq(projets.id, id))
      .returning();
    if (statut !== before.statut) {
      // The project row is locked: the next number of its history cannot be taken twice.
      const [last] = await tx
        .select({ seq: sql<number>`coalesce(max(${projetStatuts.seq}), 0)::int` })
        .from(projetStatuts)
        .where(eq(projetStatuts.projetId, id));
      await tx
        .insert(projetStatuts)
        .values({ projetId: id, statut, seq: (last?.seq ?? 0) + 1, at: now, byUserId: ctx.actor.userId });
    }
    await writeLinks(tx, id, patch.partenaireIds, patch.personneIds);
    await auditChange(tx, ctx, 'update', 'projet', id, {
      before: auditProjet(before, links.partenaireIds, links.personneIds),
      after: auditProjet(
        after!,
        patch.partenaireIds ?? links.partenaireIds,
        patch.personneIds ?? links.personneIds,
      ),
      notes: patch.description !== undefined ? [patch.description] : [],
    });
    return loadProjetView(tx, after!);
  });
}

/** The project's page; when it names carriers, the read of their files is audited. */
export async function getProjet(ctx: ServiceContext, id: string): Promise<ProjetView> {
  return ctx.db.transaction(async (tx) => {
    const view = await loadProjetView(tx, await loadProjetRow(tx, ctx, id));
    if (view.porteurs.length) await auditChange(tx, ctx, 'read', 'projet', id);
    return view;
  });
}
