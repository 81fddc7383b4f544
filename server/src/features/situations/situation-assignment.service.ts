import { and, asc, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { conflict, forbidden, notFound, validationFailed } from '../../../../domain/errors';
import type { Page } from '../../../../domain/liste';
import {
  assignmentProblem,
  canSeeAllDeclarations,
  impartialityWarnings,
} from '../../../../domain/situations/situation.rules';
import type {
  AssignmentInput,
  DeclarationInput,
  DeclarationListQuery,
  DeclarationView,
  ImpartialityWarning,
  SituationView,
  TeamLoadView,
} from '../../../../domain/situations/situation.schema';
import type { MediatorLinkKind } from '../../../../domain/situations/situation.taxonomies';
import type { DbOrTx } from '../../db/client';
import {
  mediatorLinks,
  places,
  situationMediators,
  situationParties,
  situations,
  users,
} from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { paginerTable } from '../../lib/liste';
import { assertIdsInStructure } from '../../lib/scope';
import { loadSituation, parisDay, touchSituation } from './situations.access';
import { situationView } from './situations.load';

/**
 * Checks the mediators (active staff of the structure) and their declared links to the place and
 * parties; answers the warnings, or a 409 listing them when the rules want the coordinator's justification.
 */
export async function checkAssignment(
  tx: DbOrTx,
  ctx: ServiceContext,
  target: { placeId: string | null; partyIds: string[] },
  mediatorIds: string[],
  justification: string | null,
): Promise<ImpartialityWarning[]> {
  const unique = [...new Set(mediatorIds)];
  const staff = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        inArray(users.id, unique),
        eq(users.structureId, ctx.actor.structureId),
        eq(users.isActive, true),
        inArray(users.role, ['mediateur', 'coordinateur']),
      ),
    );
  if (staff.length !== unique.length) {
    throw validationFailed('Médiateur inconnu dans votre structure (mediateurIds).', [
      { champ: 'mediateurIds', message: 'Médiateur inconnu ou inactif.' },
    ]);
  }
  const links = await tx.select().from(mediatorLinks).where(inArray(mediatorLinks.userId, unique));
  const warnings = impartialityWarnings(
    links.map((l) => ({
      userId: l.userId,
      kind: l.kind as MediatorLinkKind,
      placeId: l.placeId,
      partyId: l.partyId,
    })),
    target,
    unique,
  );
  const problem = assignmentProblem(ctx.actor, warnings, justification);
  if (problem) throw conflict(problem, { avertissements: warnings });
  return warnings;
}

/** Replaces the assigned team, keeping the warnings and justification on each line. */
export async function saveAssignment(
  tx: DbOrTx,
  ctx: ServiceContext,
  situationId: string,
  mediatorIds: string[],
  warnings: ImpartialityWarning[],
  justification: string | null,
) {
  const unique = [...new Set(mediatorIds)];
  await tx
    .delete(situationMediators)
    .where(
      and(eq(situationMediators.situationId, situationId), notInArray(situationMediators.userId, unique)),
    );
  for (const userId of unique) {
    const mine = warnings.filter((w) => w.mediateurId === userId);
    const values = {
      warnings: mine,
      justification: mine.length ? justification : null,
      assignedBy: ctx.actor.userId,
      assignedAt: ctx.now(),
    };
    await tx
      .insert(situationMediators)
      .values({ situationId, userId, ...values })
      .onConflictDoUpdate({
        target: [situationMediators.situationId, situationMediators.userId],
        set: values,
      });
  }
}

/** Assigns one or two mediators (coordination); a declared link needs a written, logged justification. */
export async function assignMediators(
  ctx: ServiceContext,
  id: string,
  input: AssignmentInput,
): Promise<SituationView> {
  return ctx.db.transaction(async (tx) => {
    const s = await loadSituation(tx, ctx, id, { lock: true });
    if (s.access !== 'complet') throw forbidden();
    const partyIds = (
      await tx
        .select({ id: situationParties.id })
        .from(situationParties)
        .where(eq(situationParties.situationId, id))
    ).map((p) => p.id);
    const warnings = await checkAssignment(
      tx,
      ctx,
      { placeId: s.row.placeId, partyIds },
      input.mediateurIds,
      input.justification,
    );
    await saveAssignment(tx, ctx, id, input.mediateurIds, warnings, input.justification);
    await touchSituation(tx, ctx, id, {});
    await auditChange(tx, ctx, 'update', 'situation_affectation', id, {
      before: { mediateurIds: s.mediatorIds },
      after: { mediateurIds: [...new Set(input.mediateurIds)] },
      extra: warnings.length
        ? { avertissementsImpartialite: warnings, justification: input.justification }
        : undefined,
    });
    return situationView(tx, s.row, 'complet', parisDay(ctx.now()));
  });
}

const presentDeclaration = (l: typeof mediatorLinks.$inferSelect): DeclarationView => ({
  id: l.id,
  mediateurId: l.userId,
  kind: l.kind as MediatorLinkKind,
  lieuId: l.placeId,
  partieId: l.partyId,
  precision: l.precision,
  dateDeclaration: parisDay(l.createdAt),
});

/** Declarations of impartiality: one's own, or the whole team's for coordination and direction. */
/** Declared links, newest first (then id): all of the structure's for coordination, else one's own. */
export async function listDeclarations(
  ctx: ServiceContext,
  q: DeclarationListQuery,
): Promise<Page<DeclarationView>> {
  const all = canSeeAllDeclarations(ctx.actor);
  const where = and(
    eq(mediatorLinks.structureId, ctx.actor.structureId),
    all ? undefined : eq(mediatorLinks.userId, ctx.actor.userId),
    all && q.mediateurId ? eq(mediatorLinks.userId, q.mediateurId) : undefined,
  );
  return paginerTable(
    ctx.db,
    q,
    mediatorLinks,
    where,
    [desc(mediatorLinks.createdAt), desc(mediatorLinks.id)],
    (rows) => rows.map(presentDeclaration),
  );
}

export async function createDeclaration(
  ctx: ServiceContext,
  input: DeclarationInput,
): Promise<DeclarationView> {
  return ctx.db.transaction(async (tx) => {
    if (input.lieuId) await assertIdsInStructure(tx, places, [input.lieuId], ctx.actor.structureId, 'lieuId');
    if (input.partieId) {
      await assertIdsInStructure(tx, situationParties, [input.partieId], ctx.actor.structureId, 'partieId');
    }
    const [row] = await tx
      .insert(mediatorLinks)
      .values({
        structureId: ctx.actor.structureId,
        userId: ctx.actor.userId,
        kind: input.kind,
        placeId: input.lieuId,
        partyId: input.partieId,
        precision: input.precision,
      })
      .returning();
    const view = presentDeclaration(row!);
    await auditChange(tx, ctx, 'create', 'declaration_impartialite', row!.id, {
      before: null,
      after: { ...view },
    });
    return view;
  });
}

export async function deleteDeclaration(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(mediatorLinks)
      .where(and(eq(mediatorLinks.id, id), eq(mediatorLinks.structureId, ctx.actor.structureId)));
    if (!row || (row.userId !== ctx.actor.userId && !canSeeAllDeclarations(ctx.actor))) {
      throw notFound('Déclaration');
    }
    await tx.delete(mediatorLinks).where(eq(mediatorLinks.id, id));
    await auditChange(tx, ctx, 'delete', 'declaration_impartialite', id, {
      before: { ...presentDeclaration(row) },
      after: null,
    });
  });
}

/** Load of each mediator of the structure: open situations and overdue follow-ups. */
export async function teamLoad(ctx: ServiceContext): Promise<TeamLoadView[]> {
  const today = parisDay(ctx.now());
  const open = sql`${situations.id} is not null and ${situations.status} <> 'cloturee'`;
  const rows = await ctx.db
    .select({
      id: users.id,
      prenom: users.prenom,
      nom: users.nom,
      ouvertes: sql<number>`count(${situations.id}) filter (where ${open})::int`,
      enRetard: sql<number>`count(${situations.id}) filter (where ${open} and ${situations.followUpOn} < ${today})::int`,
    })
    .from(users)
    .leftJoin(situationMediators, eq(situationMediators.userId, users.id))
    .leftJoin(situations, eq(situations.id, situationMediators.situationId))
    .where(
      and(
        eq(users.structureId, ctx.actor.structureId),
        eq(users.role, 'mediateur'),
        eq(users.isActive, true),
      ),
    )
    .groupBy(users.id, users.prenom, users.nom)
    .orderBy(asc(users.nom), asc(users.prenom));
  return rows.map((r) => ({
    mediateurId: r.id,
    nom: `${r.prenom} ${r.nom}`,
    ouvertes: r.ouvertes,
    suivisEnRetard: r.enRetard,
  }));
}
