/** The situations working list (docs/listes.md): one page of what the reader may know of. */
import { and, desc, eq, exists, gte, inArray, lt, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Page } from '../../../../domain/liste';
import {
  isFollowUpOverdue,
  outcomeShared,
  type SituationField,
  situationAccess,
  visibleFields,
} from '../../../../domain/situations/situation.rules';
import type { SituationListItem, SituationListQuery } from '../../../../domain/situations/situation.schema';
import type {
  Outcome,
  SituationKind,
  SituationStatus,
  StepKind,
} from '../../../../domain/situations/situation.taxonomies';
import {
  places,
  situationMediators,
  situationParties,
  situationSteps,
  situations,
  territories,
  users,
} from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { inQpv, paginerTable } from '../../lib/liste';
import { inIds } from '../../lib/scope';
import { parisDay } from './situations.access';

type SituationRow = typeof situations.$inferSelect;

/**
 * The working list: every situation the reader may know of, with the fields the matrix allows,
 * newest referral first (then creation, then id). Opens on the open ones: without `statut`,
 * `ouvertes=false` shows the closed ones too.
 */
export async function listSituations(
  ctx: ServiceContext,
  q: SituationListQuery,
): Promise<Page<SituationListItem>> {
  const { actor } = ctx;
  const today = parisDay(ctx.now());
  const assignedToMe = exists(
    ctx.db
      .select({ x: sql`1` })
      .from(situationMediators)
      .where(
        and(eq(situationMediators.situationId, situations.id), eq(situationMediators.userId, actor.userId)),
      ),
  );
  const filters: SQL[] = [eq(situations.structureId, actor.structureId)];
  if (actor.role === 'partenaire')
    filters.push(actor.partnerId ? eq(situations.referrerPartnerId, actor.partnerId) : sql`false`);
  else if (actor.territoryIds !== null) {
    filters.push(or(inIds(situations.territoryId, actor.territoryIds), assignedToMe)!);
  }
  if (q.mine) filters.push(assignedToMe);
  if (q.statut) filters.push(eq(situations.status, q.statut));
  else if (q.ouvertes !== 'false') filters.push(ne(situations.status, 'cloturee'));
  if (q.territoireId) filters.push(eq(situations.territoryId, q.territoireId));
  if (q.personneId) {
    filters.push(
      exists(
        ctx.db
          .select({ x: sql`1` })
          .from(situationParties)
          .where(
            and(
              eq(situationParties.situationId, situations.id),
              eq(situationParties.personneId, q.personneId),
            ),
          ),
      ),
    );
  }
  if (q.qpv) filters.push(inQpv(situations.territoryId, actor.structureId, q.qpv));
  if (q.du) filters.push(gte(situations.openedOn, q.du));
  if (q.au) filters.push(lte(situations.openedOn, q.au));
  if (q.enRetard) filters.push(ne(situations.status, 'cloturee'), lt(situations.followUpOn, today));
  const where = and(...filters);
  return paginerTable(
    ctx.db,
    q,
    situations,
    where,
    [desc(situations.openedOn), desc(situations.createdAt), desc(situations.id)],
    (rows) => present(ctx, rows, today),
  );
}

async function present(
  ctx: ServiceContext,
  rows: SituationRow[],
  today: string,
): Promise<SituationListItem[]> {
  const { actor } = ctx;
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  // Sequential on purpose: `ctx.db` may be a transaction (one connection).
  const assigned = await ctx.db
    .select({
      situationId: situationMediators.situationId,
      userId: users.id,
      prenom: users.prenom,
      nom: users.nom,
    })
    .from(situationMediators)
    .innerJoin(users, eq(users.id, situationMediators.userId))
    .where(inArray(situationMediators.situationId, ids));
  const parties = await ctx.db
    .select({
      situationId: situationParties.situationId,
      role: situationParties.role,
      share: situationParties.shareOutcome,
      label: situationParties.label,
    })
    .from(situationParties)
    .where(inArray(situationParties.situationId, ids))
    .orderBy(situationParties.createdAt);
  const qpv = await ctx.db
    .select({ id: territories.id, code: territories.qpvCode, nom: territories.nom })
    .from(territories)
    .where(inArray(territories.id, [...new Set(rows.map((r) => r.territoryId))]));
  const placeIds = [...new Set(rows.map((r) => r.placeId).filter((v): v is string => v !== null))];
  const placeRows = placeIds.length
    ? await ctx.db.select({ id: places.id, nom: places.nom }).from(places).where(inArray(places.id, placeIds))
    : [];
  // The latest step of each situation (day, then entry time).
  const steps = await ctx.db
    .selectDistinctOn([situationSteps.situationId], {
      situationId: situationSteps.situationId,
      kind: situationSteps.kind,
      day: situationSteps.day,
    })
    .from(situationSteps)
    .where(inArray(situationSteps.situationId, ids))
    .orderBy(situationSteps.situationId, desc(situationSteps.day), desc(situationSteps.createdAt));
  const territory = new Map(qpv.map((t) => [t.id, t]));
  const placeName = new Map(placeRows.map((p) => [p.id, p.nom]));
  const lastStep = new Map(steps.map((st) => [st.situationId, st]));
  return rows.map((r) => {
    const team = assigned.filter((a) => a.situationId === r.id);
    const access = situationAccess(actor, {
      structureId: r.structureId,
      territoryId: r.territoryId,
      referrerPartnerId: r.referrerPartnerId,
      assignedMediatorIds: team.map((a) => a.userId),
    });
    const shared = outcomeShared(
      parties
        .filter((p) => p.situationId === r.id)
        .map((p) => ({ role: p.role as 'tiers', partageIssue: p.share })),
    );
    const fields = visibleFields(access, { outcomeShared: shared });
    const status = r.status as SituationStatus;
    const full: Omit<
      Required<SituationListItem>,
      'qpvNom' | 'lieuNom' | 'partiesLibelles' | 'derniereEtape'
    > = {
      id: r.id,
      kind: r.kind as SituationKind,
      territoireId: r.territoryId,
      qpvCode: territory.get(r.territoryId)?.code ?? '',
      statut: status,
      dateSaisine: r.openedOn,
      issue: (r.outcome as Outcome | null) ?? null,
      mediateurs: team.map((a) => ({ mediateurId: a.userId, nom: `${a.prenom} ${a.nom}` })),
      dateSuivi: r.followUpOn,
      suiviEnRetard: isFollowUpOverdue({ statut: status, dateSuivi: r.followUpOn }, today),
      accesNotes: access === 'complet',
    };
    const out: Record<string, unknown> = {
      accesNotes: full.accesNotes,
      qpvNom: territory.get(r.territoryId)?.nom ?? '',
    };
    for (const [k, v] of Object.entries(full)) if (fields.has(k as SituationField)) out[k] = v;
    // List-only fields, each behind the matrix field it derives from.
    if (fields.has('lieuId')) out.lieuNom = r.placeId ? (placeName.get(r.placeId) ?? null) : null;
    if (fields.has('parties'))
      out.partiesLibelles = parties.filter((p) => p.situationId === r.id).map((p) => p.label);
    if (fields.has('etapes')) {
      const st = lastStep.get(r.id);
      out.derniereEtape = st ? { kind: st.kind as StepKind, date: st.day } : null;
    }
    return out as unknown as SituationListItem;
  });
}
