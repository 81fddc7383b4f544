/** The best hand-written SQL for the yearly report's figures, timed beside the app by bench/rapports.ts. */
import { sql } from 'drizzle-orm';

/** The year the report is timed on (its Paris days; 2025 starts and ends in winter time). */
export const YEAR = { du: '2025-01-01', au: '2025-12-31' };

const PERIOD = (alias: string, debut: string) =>
  sql.raw(
    `${alias}.${debut} >= '${YEAR.du}T00:00:00+01:00'::timestamptz and ${alias}.${debut} < '2026-01-01T00:00:00+01:00'::timestamptz`,
  );

/**
 * The same figures in one hand-written statement, on the same schema as the app (the copies of
 * the activity's start and QPV on contacts and mediator rows): grouping sets per table.
 */
export function handSql(structureId: string) {
  return sql`
    with p as (
      select cadre, creneau, territory_id, count(*)::int as n, coalesce(sum(duree_minutes), 0)::float8 as m
      from activites a where a.structure_id = ${structureId}::uuid and ${PERIOD('a', 'debut')}
      group by grouping sets ((cadre), (creneau), (territory_id), ())
    ), hm as (
      select coalesce(sum(m.activite_duree_minutes), 0)::float8 as m from activite_mediateurs m
      join users u on u.id = m.user_id and u.structure_id = ${structureId}::uuid
      where m.structure_id = ${structureId}::uuid and ${PERIOD('m', 'activite_debut')}
    ), c as (
      select c.nature, c.public, c.genre, c.activite_territory_id as territory_id, count(*)::int as n,
        sum(c.nb_personnes)::int as p
      from contacts c
      where c.deleted_at is null and c.structure_id = ${structureId}::uuid and ${PERIOD('c', 'activite_debut')}
      group by grouping sets ((c.nature), (c.public), (c.genre), (c.activite_territory_id), ())
    )
    select (select json_agg(p) from p) as presence, (select m from hm) as heures_mediateurs,
      (select json_agg(c) from c) as contacts`;
}

/** Second hand-written form, on the copies too: one plain GROUP BY per table (the shape the app uses). */
export function handSqlFlat(structureId: string) {
  return sql`
    with p as (
      select cadre, creneau, territory_id, count(*)::int as n, coalesce(sum(duree_minutes), 0)::float8 as m
      from activites a where a.structure_id = ${structureId}::uuid and ${PERIOD('a', 'debut')}
      group by cadre, creneau, territory_id
    ), hm as (
      select m.user_id, count(*)::int as n, coalesce(sum(m.activite_duree_minutes), 0)::float8 as m
      from activite_mediateurs m
      where m.structure_id = ${structureId}::uuid and ${PERIOD('m', 'activite_debut')}
      group by m.user_id
    ), c as (
      select c.nature, c.public, c.genre, c.activite_territory_id, count(*)::int as n, sum(c.nb_personnes)::int as p
      from contacts c
      where c.deleted_at is null and c.structure_id = ${structureId}::uuid and ${PERIOD('c', 'activite_debut')}
      group by c.nature, c.public, c.genre, c.activite_territory_id
    )
    select (select json_agg(p) from p) as presence,
      (select json_agg(hm) from hm join users u on u.id = hm.user_id and u.structure_id = ${structureId}::uuid) as mediateurs,
      (select json_agg(c) from c) as contacts`;
}

/** Third hand-written form: the period's activities joined to contacts and mediators (the schema before copies). */
export function handSqlJoin(structureId: string) {
  return sql`
    with a as materialized (
      select id, cadre, creneau, territory_id, duree_minutes from activites a
      where a.structure_id = ${structureId}::uuid and ${PERIOD('a', 'debut')}
    ), p as (
      select cadre, creneau, territory_id, count(*)::int as n, coalesce(sum(duree_minutes), 0)::float8 as m
      from a group by cadre, creneau, territory_id
    ), hm as (
      select am.user_id, count(*)::int as n, coalesce(sum(a.duree_minutes), 0)::float8 as m from a
      join activite_mediateurs am on am.activite_id = a.id
      join users u on u.id = am.user_id and u.structure_id = ${structureId}::uuid
      group by am.user_id
    ), c as (
      select c.nature, c.public, c.genre, a.territory_id, count(*)::int as n, sum(c.nb_personnes)::int as p
      from contacts c join a on a.id = c.activite_id
      where c.deleted_at is null
      group by c.nature, c.public, c.genre, a.territory_id
    )
    select (select json_agg(p) from p) as presence, (select json_agg(hm) from hm) as mediateurs,
      (select json_agg(c) from c) as contacts`;
}
