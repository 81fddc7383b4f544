/** The situations and signalements sections of the activity report. */
import { type SQLWrapper, sql } from 'drizzle-orm';
import {
  type RapportSignalements,
  type RapportSituations,
  SANS_PARTENAIRE,
} from '../../../../domain/rapports/rapport-sections.schema';
import { CATEGORIES, STATUTS } from '../../../../domain/signalements/signalement.taxonomies';
import { OUTCOMES, SAISINE_PAR, SITUATION_KINDS } from '../../../../domain/situations/situation.taxonomies';
import type { DbOrTx } from '../../db/client';
import {
  arrondi,
  bornes,
  type Coded,
  dansPerimetre,
  type Partnered,
  parCode,
  parNom,
  parseJson,
} from './rapports.sections-sql';
import type { RapportPerimetre } from './rapports.service';
import { partner, sig, sigStatut, sit } from './rapports.sources';

type Json<T> = T[] | string | null;

/**
 * Situations opened in [du, au] (by kind and origin), and those closed in it (by outcome, with
 * the median of closed_on − opened_on in days). Both dates are calendar days already.
 */
export async function computeSituations(
  db: DbOrTx,
  p: RapportPerimetre,
  du: string,
  au: string,
): Promise<RapportSituations> {
  const t = sit.t;
  // Over the table in the CTE, then over the CTE's own columns (same names) in the groupings.
  const ouverte = (o: SQLWrapper) => sql`${o} between ${du}::date and ${au}::date`;
  const close = (st: SQLWrapper, c: SQLWrapper) =>
    sql`${st} = 'cloturee' and ${c} between ${du}::date and ${au}::date`;
  const res = (await db.execute(sql`
    with s as materialized (
      select ${t.kind} as kind, ${t.saisinePar} as saisine_par, ${t.status} as status,
        ${t.outcome} as outcome, ${t.openedOn} as opened_on, ${t.closedOn} as closed_on from ${sit.from}
      where ${t.structureId} = ${p.structureId}::uuid
        and ((${ouverte(t.openedOn)}) or (${close(t.status, t.closedOn)}))
        and ${dansPerimetre(p, sql`${t.territoryId}`, sql`${t.placeId}`)}
    )
    select
      (select json_agg(x) from (select s.kind, s.saisine_par, count(*)::int as n from s where ${ouverte(sql`s.opened_on`)}
        group by s.kind, s.saisine_par) x) as ouvertes,
      (select json_agg(x) from (select s.outcome as code, count(*)::int as n from s where ${close(sql`s.status`, sql`s.closed_on`)}
        group by s.outcome) x) as closes,
      (select percentile_cont(0.5) within group (order by s.closed_on - s.opened_on)::float8
        from s where ${close(sql`s.status`, sql`s.closed_on`)}) as duree`)) as unknown as {
    rows: Array<{
      ouvertes: Json<{ kind: string; saisine_par: string; n: number }>;
      closes: Json<Coded>;
      duree: number | string | null;
    }>;
  };
  const row = res.rows[0]!;
  const ouvertes = parseJson(row.ouvertes);
  const closes = parseJson(row.closes);
  return {
    ouvertes: ouvertes.reduce((sum, r) => sum + Number(r.n), 0),
    closes: closes.reduce((sum, r) => sum + Number(r.n), 0),
    par_type: parCode(
      SITUATION_KINDS,
      ouvertes.map((r) => ({ code: r.kind, n: r.n })),
    ),
    par_origine: parCode(
      SAISINE_PAR,
      ouvertes.map((r) => ({ code: r.saisine_par, n: r.n })),
    ),
    par_issue: parCode(OUTCOMES, closes),
    duree_mediane_jours: arrondi(row.duree, 1),
  };
}

type Delais = { pec: number | null; res: number | null };

/**
 * Signalements observed in [du, au] (Paris days), by category, current status and partner. The
 * delays run from the (last) transmission to the partner to the first « pris en compte » (or the
 * first « résolu » when earlier or alone) and to the first « résolu », in real elapsed hours; the
 * same definition as the délais page (delais.service.ts).
 */
export async function computeSignalements(
  db: DbOrTx,
  p: RapportPerimetre,
  du: string,
  au: string,
): Promise<RapportSignalements> {
  const { from, to } = bornes(du, au);
  const [g, st, pa] = [sig.t, sigStatut.t, partner.t];
  const res = (await db.execute(sql`
    with s as materialized (
      select ${g.id} as id, ${g.categorie} as categorie, ${g.statut} as statut,
        ${g.partnerId} as partner_id, ${g.transmittedAt} as transmitted_at from ${sig.from}
      where ${g.structureId} = ${p.structureId}::uuid and ${g.observedAt} >= ${from}::timestamptz
        and ${g.observedAt} < ${to}::timestamptz
        and ${dansPerimetre(p, sql`${g.territoryId}`, sql`${g.placeId}`)}
    ), h as (
      select ${st.signalementId} as id, min(${st.at}) as pec,
        min(${st.at}) filter (where ${st.statut} = 'resolu') as res
      from s join ${sigStatut.from} on ${st.signalementId} = s.id
      where ${st.statut} in ('pris_en_compte', 'resolu') group by ${st.signalementId}
    ), d as (
      select s.categorie, s.statut, s.partner_id,
        (extract(epoch from h.pec - s.transmitted_at) / 3600)::float8 as pec_h,
        (extract(epoch from h.res - s.transmitted_at) / 3600)::float8 as res_h
      from s left join h on h.id = s.id
    )
    select
      (select json_agg(x) from (select d.categorie, d.statut, count(*)::int as n from d
        group by d.categorie, d.statut) x) as groupes,
      (select json_agg(x) from (select d.partner_id as id, ${pa.nom} as nom, count(*)::int as n,
        percentile_cont(0.5) within group (order by d.pec_h) as pec,
        percentile_cont(0.5) within group (order by d.res_h) as res
        from d left join ${partner.from} on ${pa.id} = d.partner_id group by d.partner_id, ${pa.nom}) x)
        as partenaires,
      (select json_build_object(
        'pec', percentile_cont(0.5) within group (order by d.pec_h),
        'res', percentile_cont(0.5) within group (order by d.res_h)) from d) as total`)) as unknown as {
    rows: Array<{
      groupes: Json<{ categorie: string; statut: string; n: number }>;
      partenaires: Json<Partnered & Delais>;
      total: Delais | string;
    }>;
  };
  const row = res.rows[0]!;
  const groupes = parseJson(row.groupes);
  const total = (typeof row.total === 'string' ? JSON.parse(row.total) : row.total) as Delais;
  return {
    nombre: groupes.reduce((sum, r) => sum + Number(r.n), 0),
    par_categorie: parCode(
      CATEGORIES,
      groupes.map((r) => ({ code: r.categorie, n: r.n })),
    ),
    par_statut: parCode(
      STATUTS,
      groupes.map((r) => ({ code: r.statut, n: r.n })),
    ),
    par_partenaire: parNom(
      parseJson(row.partenaires).map((r) => ({
        id: r.id,
        nom: r.nom ?? SANS_PARTENAIRE,
        nombre: Number(r.n),
        delai_median_prise_en_compte_heures: arrondi(r.pec, 1),
        delai_median_resolution_heures: arrondi(r.res, 1),
      })),
    ),
    delai_median_prise_en_compte_heures: arrondi(total.pec, 1),
    delai_median_resolution_heures: arrondi(total.res, 1),
  };
}
