import { and, asc, desc, eq, gte, inArray, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../../domain/auth/roles';
import { notFound } from '../../../../domain/errors';
import { periodeEffective } from '../../../../domain/liste';
import { canEditActivite } from '../../../../domain/main-courante/activite.rules';
import type { ActiviteListQuery } from '../../../../domain/main-courante/activite.schema';
import type {
  ActiviteListItem,
  ActiviteListView,
  ActiviteView,
  PersonneRef,
  RevueHistoriqueView,
} from '../../../../domain/main-courante/activite.views';
import { addDays, parisInstant } from '../../../../domain/main-courante/creneau';
import { parisDate } from '../../../../domain/time/paris';
import type { DbOrTx } from '../../db/client';
import { places, sectors, territories, users } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { countAll, inParisDays, paginer } from '../../lib/liste';
import { territoryScope } from '../territoires';
import { type ListRow, presentContact, presentListItem, presentObservation } from './activites.presenter';
import {
  activiteMediateurs,
  activiteReviews,
  activites,
  contacts,
  observations,
} from './main-courante.table';

const liveContacts = sql`c.activite_id = ${activites.id} and c.deleted_at is null`;
const listColumns = {
  a: activites,
  territoire: { id: territories.id, qpvCode: territories.qpvCode, nom: territories.nom },
  secteurNom: sectors.nom,
  lieuNom: places.nom,
  nbContacts: sql<number>`(select count(*)::int from ${contacts} c where ${liveContacts})`,
  nbPersonnes: sql<number>`(select coalesce(sum(c.nb_personnes), 0)::int from ${contacts} c where ${liveContacts})`,
  nbObservations: sql<number>`(select count(*)::int from ${observations} o where o.activite_id = ${activites.id} and o.deleted_at is null)`,
};

/** Activities of the actor's structure on the territories they cover (territories joined). */
export const activiteScope = (actor: Actor): SQL =>
  and(eq(activites.structureId, actor.structureId), territoryScope(actor))!;

/** The day range of a list or export, read in Europe/Paris, on the start of each activity. */
export function dayRange(q: { du?: string; au?: string }): SQL[] {
  const out: SQL[] = [];
  out.push(...inParisDays(activites.debut, q));
  return out;
}

const presentWhere = (userId: string) =>
  sql`exists (select 1 from ${activiteMediateurs} m where m.activite_id = ${activites.id} and m.user_id = ${userId})`;

export async function personnes(db: DbOrTx, ids: readonly string[]): Promise<Map<string, PersonneRef>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, prenom: users.prenom, nom: users.nom })
    .from(users)
    .where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function mediateursOf(db: DbOrTx, activiteIds: string[]): Promise<Map<string, PersonneRef[]>> {
  const map = new Map<string, PersonneRef[]>();
  if (activiteIds.length === 0) return map;
  const rows = await db
    .select({ activiteId: activiteMediateurs.activiteId, id: users.id, prenom: users.prenom, nom: users.nom })
    .from(activiteMediateurs)
    .innerJoin(users, eq(users.id, activiteMediateurs.userId))
    .where(inArray(activiteMediateurs.activiteId, activiteIds))
    .orderBy(asc(users.prenom), asc(users.nom));
  for (const { activiteId, ...p } of rows) map.set(activiteId, [...(map.get(activiteId) ?? []), p]);
  return map;
}

async function selectItems(
  db: DbOrTx,
  where: SQL | undefined,
  page?: { limit: number; offset: number },
): Promise<ActiviteListItem[]> {
  // A page is chosen on ids first: PostgreSQL computes the select list (three counting
  // subqueries) for every row an OFFSET skips, so page 100 would count the contacts of 5,000
  // activities to show 50.
  let scoped = where;
  if (page) {
    const ids = await db
      .select({ id: activites.id })
      .from(activites)
      .innerJoin(territories, eq(territories.id, activites.territoryId))
      .where(where)
      .orderBy(desc(activites.debut), desc(activites.id))
      .limit(page.limit)
      .offset(page.offset);
    if (ids.length === 0) return [];
    scoped = inArray(
      activites.id,
      ids.map((r) => r.id),
    );
  }
  const rows: ListRow[] = await db
    .select(listColumns)
    .from(activites)
    .innerJoin(territories, eq(territories.id, activites.territoryId))
    .leftJoin(sectors, eq(sectors.id, activites.sectorId))
    .leftJoin(places, eq(places.id, activites.placeId))
    .where(scoped)
    .orderBy(desc(activites.debut), desc(activites.id));
  const meds = await mediateursOf(
    db,
    rows.map((r) => r.a.id),
  );
  return rows.map((r) => presentListItem(r, meds.get(r.a.id) ?? []));
}

/**
 * Activities by day range and filters, newest first (start, then id: stable across pages), with
 * counts and totals over the filter and the period. Without `du` the period is the 30 days
 * ending at `au` or today, so the default list never sums the whole history (ADR 019).
 */
export async function listActivites(ctx: ServiceContext, q: ActiviteListQuery): Promise<ActiviteListView> {
  const periode = periodeEffective(q, parisDate(ctx.now()));
  const filters = [activiteScope(ctx.actor), ...dayRange({ du: periode.du, au: periode.au ?? undefined })];
  if (q.qpv) filters.push(eq(territories.qpvCode, q.qpv));
  if (q.territoireId) filters.push(eq(activites.territoryId, q.territoireId));
  if (q.mediateurId) filters.push(presentWhere(q.mediateurId));
  if (q.cadre) filters.push(eq(activites.cadre, q.cadre));
  if (q.nature) {
    filters.push(sql`exists (select 1 from ${contacts} c where ${liveContacts} and c.nature = ${q.nature})`);
  }
  if (q.statut === 'en_cours') filters.push(isNull(activites.fin));
  else if (q.statut)
    filters.push(and(eq(activites.statutRevue, q.statut), sql`${activites.fin} is not null`)!);
  const where = and(...filters);
  const page = await paginer(
    q,
    () =>
      ctx.db
        .select({ n: countAll })
        .from(activites)
        .innerJoin(territories, eq(territories.id, activites.territoryId))
        .where(where),
    (p) => selectItems(ctx.db, where, p),
  );
  const [sums] = await ctx.db
    .select({
      contacts: sql<number>`count(*)::int`,
      personnes: sql<number>`coalesce(sum(${contacts.nbPersonnes}), 0)::int`,
    })
    .from(contacts)
    .innerJoin(activites, eq(activites.id, contacts.activiteId))
    .innerJoin(territories, eq(territories.id, activites.territoryId))
    .where(
      and(
        where,
        isNull(contacts.deletedAt),
        // The same period on the contact's copy of its activity start (ADR 013), so the
        // (structure_id, activite_debut) covering index bounds the rows summed.
        eq(contacts.structureId, ctx.actor.structureId),
        gte(contacts.activiteDebut, parisInstant(periode.du)),
        periode.au ? lt(contacts.activiteDebut, parisInstant(addDays(periode.au, 1))) : undefined,
      ),
    );
  return {
    ...page,
    periode,
    totaux: { activites: page.total, contacts: sums?.contacts ?? 0, personnes: sums?.personnes ?? 0 },
  };
}

/** One activity with its contacts, observations and review history; 404 outside the actor's scope. */
export async function getActiviteView(db: DbOrTx, actor: Actor, id: string): Promise<ActiviteView> {
  const [item] = await selectItems(db, and(activiteScope(actor), eq(activites.id, id)));
  if (!item) throw notFound('Activité');
  const [row] = await db.select().from(activites).where(eq(activites.id, id));
  const contactRows = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.activiteId, id), isNull(contacts.deletedAt)))
    .orderBy(asc(contacts.createdAt), asc(contacts.id));
  const observationRows = await db
    .select()
    .from(observations)
    .where(and(eq(observations.activiteId, id), isNull(observations.deletedAt)))
    .orderBy(asc(observations.createdAt), asc(observations.id));
  const history = await db
    .select()
    .from(activiteReviews)
    .where(eq(activiteReviews.activiteId, id))
    .orderBy(asc(activiteReviews.createdAt), asc(activiteReviews.id));
  const people = await personnes(db, [
    ...history.flatMap((h) => (h.actorId ? [h.actorId] : [])),
    ...(row!.revueParId ? [row!.revueParId] : []),
  ]);
  const historiqueRevue: RevueHistoriqueView[] = history.map((h) => ({
    action: h.action as RevueHistoriqueView['action'],
    commentaire: h.commentaire,
    par: h.actorId ? (people.get(h.actorId) ?? null) : null,
    le: h.createdAt.toISOString(),
  }));
  return {
    ...item,
    contacts: contactRows.map(presentContact),
    observations: observationRows.map((o) => presentObservation(o, item.territoire.id)),
    revue: row!.revueLe
      ? {
          par: row!.revueParId ? (people.get(row!.revueParId) ?? null) : null,
          le: row!.revueLe.toISOString(),
          commentaire: row!.revueCommentaire,
        }
      : null,
    historiqueRevue,
    peutModifier: canEditActivite(actor, {
      createdBy: item.createdBy,
      mediateurIds: item.mediateurs.map((m) => m.id),
      verrouillee: item.verrouillee,
    }),
  };
}

/** Activities in the actor's scope where the user was author or present. */
export const involving = (actor: Actor) =>
  and(activiteScope(actor), sql`(${activites.createdBy} = ${actor.userId} or ${presentWhere(actor.userId)})`);
