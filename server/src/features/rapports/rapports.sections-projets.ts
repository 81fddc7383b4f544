/**
 * The report's « projets d'habitants » section (issue 14, part 4; docs/rapports.md): the
 * projects of the perimeter (by their territory), their support steps and funding dated in
 * [du, au] (days), their creation and their becoming `realise` within the period's instants,
 * and the status each had at the end of the period.
 */
import { sql } from 'drizzle-orm';
import { PROJET_STATUTS } from '../../../../domain/projets/projet.taxonomies';
import type { RapportProjets } from '../../../../domain/rapports/rapport-projets';
import type { DbOrTx } from '../../db/client';
import {
  projetEtapes as et,
  projetFinancements as fi,
  projets as pr,
  projetStatuts as st,
} from '../../db/schema';
import { arrondi, bornes, dansPerimetre, parCode, parseJson } from './rapports.sections-sql';
import type { RapportPerimetre } from './rapports.service';

export async function computeProjets(
  db: DbOrTx,
  p: RapportPerimetre,
  du: string,
  au: string,
): Promise<RapportProjets> {
  const { from, to } = bornes(du, au);
  const res = (await db.execute(sql`
    with p as (
      select ${pr.id} as id, ${pr.createdAt} as created_at from ${pr}
      where ${pr.structureId} = ${p.structureId}::uuid and ${dansPerimetre(p, sql`${pr.territoryId}`, null)}
    ), e as (
      select ${et.projetId} as projet_id, ${et.minutes} as minutes from ${et}
      where ${et.projetId} in (select id from p) and ${et.day} >= ${du}::date and ${et.day} <= ${au}::date
    ), fin as (
      select ${st.projetId} as projet_id, ${st.statut} as statut,
        row_number() over (partition by ${st.projetId} order by ${st.seq} desc) as rang
      from ${st} where ${st.projetId} in (select id from p) and ${st.at} < ${to}::timestamptz
    ), statuts as (
      select statut as code, count(*)::int as n from fin where rang = 1 group by statut
    )
    select
      (select count(distinct projet_id)::int from e) as accompagnes,
      (select coalesce(sum(minutes), 0)::int from e) as minutes,
      (select count(*)::int from p where created_at >= ${from}::timestamptz and created_at < ${to}::timestamptz) as nouveaux,
      (select count(distinct ${st.projetId})::int from ${st}
        where ${st.projetId} in (select id from p) and ${st.statut} = 'realise'
          and ${st.at} >= ${from}::timestamptz and ${st.at} < ${to}::timestamptz) as realises,
      (select coalesce(sum(${fi.montantObtenu}), 0)::text from ${fi}
        where ${fi.projetId} in (select id from p) and ${fi.day} >= ${du}::date and ${fi.day} <= ${au}::date) as obtenus,
      (select coalesce(json_agg(statuts), '[]') from statuts) as par_statut`)) as unknown as {
    rows: Array<{
      accompagnes: number;
      minutes: number;
      nouveaux: number;
      realises: number;
      obtenus: string;
      par_statut: Array<{ code: string; n: number }> | string;
    }>;
  };
  const r = res.rows[0]!;
  return {
    accompagnes: Number(r.accompagnes),
    nouveaux: Number(r.nouveaux),
    realises: Number(r.realises),
    heures: arrondi(Number(r.minutes) / 60, 2) ?? 0,
    // numeric summed exactly by the database; a number only at the edge (two decimals).
    financements_obtenus: arrondi(r.obtenus, 2) ?? 0,
    par_statut: parCode(PROJET_STATUTS, parseJson(r.par_statut)),
  };
}
