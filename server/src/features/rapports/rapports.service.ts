/**
 * The activity report: a few grouped SQL queries over the period, folded into the JSON of issue 7.
 * Every definition is in docs/rapports.md. Minutes are summed as integers; hours are rounded to
 * 2 decimals only when the JSON is written.
 */
import { asc, eq, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { canReadIncidents } from '../../../../domain/alertes/alerte.rules';
import { validationFailed } from '../../../../domain/errors';
import {
  CADRES,
  CRENEAUX,
  GENRES,
  NATURE_REGISTRE,
  NATURES,
  type Nature,
  PUBLICS,
  REGISTRES,
} from '../../../../domain/main-courante/main-courante.taxonomies';
import { type MediateursVisibles, mediateursVisibles } from '../../../../domain/rapports/rapport.rules';
import type { RapportActivite } from '../../../../domain/rapports/rapport.schema';
import type { DbOrTx } from '../../db/client';
import { structures, territories } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { incidentsEntre } from '../alertes';
import { territoryScope } from '../territoires';
import { computeSections } from './rapports.sections';
import { computeActions, computeRegistres } from './rapports.sections-actions';
import { computePlanning } from './rapports.sections-planning';
import { computeProjets } from './rapports.sections-projets';
import { bornes, dansPerimetre, parseJson } from './rapports.sections-sql';
import { act, actMed, cont, usr } from './rapports.sources';

type Rows<T> = { rows: T[] };

export interface RapportPeriode {
  du: string;
  au: string;
  qpv: string[];
}

/** The territories a report covers: those the actor covers, narrowed by the QPV filter. */
export interface RapportPerimetre {
  structureId: string;
  structureNom: string;
  territoires: Array<{ id: string; qpvCode: string; nom: string }>;
  /**
   * Places counted beside the territories (a convention's residences or transport lines): an
   * activity counts when its QPV is among `territoires` or its place among `lieuIds`.
   */
  lieuIds: string[];
  /**
   * The QPV lines of `par_qpv` when they differ from `territoires`: a convention adds the QPV of
   * its places, so that `par_qpv` still adds up to the totals. Default: `territoires`.
   */
  parQpv?: Array<{ id: string; qpvCode: string; nom: string }>;
  /** false when the report covers the whole structure (no territory filter needed). */
  filtre: boolean;
}

export async function rapportPerimetre(ctx: ServiceContext, qpv: string[]): Promise<RapportPerimetre> {
  const covered = await ctx.db
    .select({ id: territories.id, qpvCode: territories.qpvCode, nom: territories.nom })
    .from(territories)
    .where(territoryScope(ctx.actor))
    .orderBy(asc(territories.qpvCode));
  const unknown = qpv.filter((code) => !covered.some((t) => t.qpvCode === code));
  if (unknown.length > 0) {
    throw validationFailed(`QPV hors de votre périmètre : ${unknown.join(', ')}.`, [
      { champ: 'qpv', message: `QPV inconnu ou hors de votre périmètre : ${unknown.join(', ')}.` },
    ]);
  }
  const [structure] = await ctx.db
    .select({ nom: structures.nom })
    .from(structures)
    .where(eq(structures.id, ctx.actor.structureId));
  return {
    structureId: ctx.actor.structureId,
    structureNom: structure?.nom ?? '',
    territoires: qpv.length ? covered.filter((t) => qpv.includes(t.qpvCode)) : covered,
    lieuIds: [],
    filtre: qpv.length > 0 || ctx.actor.territoryIds !== null,
  };
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const heures = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
const add = (rec: Record<string, number>, key: string, n: number) => {
  if (key in rec) rec[key]! += n;
};

/** The columns that place a row in a report: an activity's own, or the copies on its contacts and mediators. */
interface PerimetreColumns {
  structure: SQLWrapper;
  debut: SQLWrapper;
  territory: SQLWrapper;
  place: SQLWrapper;
}
const ACTIVITE: PerimetreColumns = {
  structure: act.t.structureId,
  debut: act.t.debut,
  territory: act.t.territoryId,
  place: act.t.placeId,
};
/** contacts and activite_mediateurs carry copies of their activity's columns (migration 0008). */
export const copies = (t: typeof cont.t | typeof actMed.t): PerimetreColumns => ({
  structure: t.structureId,
  debut: t.activiteDebut,
  territory: t.activiteTerritoryId,
  place: t.activitePlaceId,
});

/**
 * The rows of the period (their activity's start date in Paris within [du, au]) and of the
 * perimeter (its QPV, or one of its places), on the given columns.
 */
export function perimetreFilter(
  p: RapportPerimetre,
  du: string,
  au: string,
  cols: PerimetreColumns = ACTIVITE,
): SQL {
  const { from, to } = bornes(du, au);
  return sql`${cols.structure} = ${p.structureId}::uuid and ${cols.debut} >= ${from}::timestamptz
    and ${cols.debut} < ${to}::timestamptz
    and ${dansPerimetre(p, sql`${cols.territory}`, sql`${cols.place}`)}`;
}

/** Computes the report of [du, au] on a perimeter. */
export async function computeRapport(
  db: DbOrTx,
  p: RapportPerimetre,
  du: string,
  au: string,
  visibles: MediateursVisibles,
  /** With the team's safety section (coordination and direction: `canReadIncidents`). */
  securite = false,
): Promise<RapportActivite> {
  // One statement, three groupings, each read from its own covering index: activities, mediator
  // rows and contacts carry their activity's start and QPV, so no join of the period is needed.
  const [a, m, k, u] = [act.t, actMed.t, cont.t, usr.t];
  const res = (await db.execute(sql`
    with p as (
      select ${a.cadre} as cadre, ${a.creneau} as creneau, ${a.territoryId} as territory_id,
        count(*)::int as n, coalesce(sum(${a.dureeMinutes}), 0)::float8 as minutes
      from ${act.from} where ${perimetreFilter(p, du, au)}
      group by ${a.cadre}, ${a.creneau}, ${a.territoryId}
    ), m as (
      select ${m.userId} as user_id, count(*)::int as n,
        coalesce(sum(${m.activiteDureeMinutes}), 0)::float8 as minutes
      from ${actMed.from} where ${perimetreFilter(p, du, au, copies(m))}
      group by ${m.userId}
    ), md as (
      -- Only the mediators of the structure count; one line per mediator.
      select m.user_id, ${u.prenom} || ' ' || ${u.nom} as nom, m.n, m.minutes
      from m join ${usr.from} on ${u.id} = m.user_id and ${u.structureId} = ${p.structureId}::uuid
    ), ct as (
      select ${k.nature} as nature, ${k.public} as public, ${k.genre} as genre,
        ${k.activiteTerritoryId} as territory_id, count(*)::int as n, sum(${k.nbPersonnes})::int as personnes
      from ${cont.from} where ${k.deletedAt} is null and ${perimetreFilter(p, du, au, copies(k))}
      group by ${k.nature}, ${k.public}, ${k.genre}, ${k.activiteTerritoryId}
    )
    select (select coalesce(json_agg(p), '[]') from p) as presence,
      (select coalesce(json_agg(md), '[]') from md) as mediateurs,
      (select coalesce(json_agg(ct), '[]') from ct) as contacts`)) as unknown as Rows<{
    presence: Array<{ cadre: string; creneau: string; territory_id: string; n: number; minutes: number }>;
    mediateurs: Array<{ user_id: string; nom: string; n: number; minutes: number }>;
    contacts: Array<{
      nature: string;
      public: string;
      genre: string;
      territory_id: string;
      n: number;
      personnes: number;
    }>;
  }>;
  const row = res.rows[0]!;
  const presence = { rows: parseJson(row.presence) };
  const mediateurs = { rows: parseJson(row.mediateurs) };
  const contacts = { rows: parseJson(row.contacts) };

  const lignesQpv = p.parQpv ?? p.territoires;
  const codeOf = new Map(lignesQpv.map((t) => [t.id, t.qpvCode]));
  const qpv = Object.fromEntries(
    lignesQpv.map((t) => [t.qpvCode, { activites: 0, minutes: 0, personnes: 0 }]),
  );
  const parCadre = Object.fromEntries(CADRES.map((c) => [c, { activites: 0, minutes: 0 }]));
  const parCreneau = zeros(CRENEAUX);
  let activites = 0;
  let minutes = 0;
  for (const r of presence.rows) {
    const n = Number(r.n);
    const m = Number(r.minutes);
    activites += n;
    minutes += m;
    const cadre = parCadre[r.cadre];
    if (cadre) {
      cadre.activites += n;
      cadre.minutes += m;
    }
    add(parCreneau, r.creneau, m);
    const q = qpv[codeOf.get(r.territory_id) ?? ''];
    if (q) {
      q.activites += n;
      q.minutes += m;
    }
  }
  const c = {
    nombre: 0,
    personnes: 0,
    par_nature: zeros(NATURES),
    par_registre: zeros(REGISTRES),
    par_public: zeros(PUBLICS),
    par_genre: zeros(GENRES),
  };
  const contactsParRegistre = zeros(REGISTRES);
  for (const r of contacts.rows) {
    const n = Number(r.personnes);
    c.nombre += Number(r.n);
    c.personnes += n;
    add(c.par_nature, r.nature, n);
    const registre = NATURE_REGISTRE[r.nature as Nature];
    if (registre) add(c.par_registre, registre, n);
    if (registre) add(contactsParRegistre, registre, Number(r.n));
    add(c.par_public, r.public, n);
    add(c.par_genre, r.genre, n);
    const q = qpv[codeOf.get(r.territory_id) ?? ''];
    if (q) q.personnes += n;
  }
  const base = {
    periode: { du, au },
    presence: {
      activites,
      heures: heures(minutes),
      heures_mediateurs: heures(mediateurs.rows.reduce((sum, r) => sum + Number(r.minutes), 0)),
      par_cadre: Object.fromEntries(
        CADRES.map((k) => [k, { activites: parCadre[k]!.activites, heures: heures(parCadre[k]!.minutes) }]),
      ) as RapportActivite['presence']['par_cadre'],
      par_creneau: Object.fromEntries(
        CRENEAUX.map((k) => [k, heures(parCreneau[k])]),
      ) as RapportActivite['presence']['par_creneau'],
    },
    contacts: c,
    par_qpv: Object.fromEntries(
      Object.entries(qpv).map(([code, q]) => [
        code,
        { activites: q.activites, heures: heures(q.minutes), personnes: q.personnes },
      ]),
    ),
    par_mediateur: mediateurs.rows
      .filter((r) => visibles === 'tous' || (visibles !== 'aucun' && r.user_id === visibles.seul))
      .map((r) => ({ id: r.user_id, nom: r.nom, activites: Number(r.n), heures: heures(Number(r.minutes)) }))
      .sort((x, y) => x.nom.localeCompare(y.nom, 'fr')),
  };
  const sections = await computeSections(db, p, du, au);
  const { actions, diagnostics } = await computeActions(db, p, du, au);
  const projets = await computeProjets(db, p, du, au);
  return {
    ...base,
    planning: await computePlanning(db, p, du, au, visibles, base),
    ...sections,
    actions,
    projets,
    registres: computeRegistres({
      contacts: contactsParRegistre,
      personnes: c.par_registre,
      actions,
      signalements: sections.signalements.nombre,
      diagnostics,
      projets: projets.accompagnes,
    }),
    securite: securite ? await securiteDe(db, p, du, au) : null,
  };
}

/** The alerts sent in [du, au] in the perimeter's QPV (the whole structure without a filter). */
function securiteDe(db: DbOrTx, p: RapportPerimetre, du: string, au: string) {
  const { from, to } = bornes(du, au);
  return incidentsEntre(
    db,
    p.structureId,
    new Date(from),
    new Date(to),
    p.filtre ? p.territoires.map((t) => t.id) : null,
  );
}

/** The report the actor asked for. */
export async function rapportActivite(ctx: ServiceContext, q: RapportPeriode) {
  const perimetre = await rapportPerimetre(ctx, q.qpv);
  const rapport = await computeRapport(
    ctx.db,
    perimetre,
    q.du,
    q.au,
    mediateursVisibles(ctx.actor),
    canReadIncidents(ctx.actor),
  );
  return { perimetre, rapport };
}
