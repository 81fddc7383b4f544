/**
 * The report's « planned and done » section (issue 13, part 4; docs/rapports.md, « Planning »):
 * the shifts not cancelled that start within [du, au] in the perimeter, their real length
 * (instants, so a DST night counts what it lasts), beside the activity hours already computed.
 */
import { sql } from 'drizzle-orm';
import type { Cadre } from '../../../../domain/main-courante/main-courante.taxonomies';
import { CADRES } from '../../../../domain/main-courante/main-courante.taxonomies';
import { CRENEAU_TYPES, type CreneauType } from '../../../../domain/planning/planning.taxonomies';
import { CADRE_DU_CRENEAU } from '../../../../domain/planning/planning-cadres';
import type { MediateursVisibles } from '../../../../domain/rapports/rapport.rules';
import type { RapportActivite } from '../../../../domain/rapports/rapport.schema';
import type { RapportPlanning } from '../../../../domain/rapports/rapport-planning';
import type { DbOrTx } from '../../db/client';
import { planningCreneaux as cr, planningCreneauMediateurs as crew, users } from '../../db/schema';
import { bornes, dansPerimetre, parseJson } from './rapports.sections-sql';
import type { RapportPerimetre } from './rapports.service';

const heures = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

export async function computePlanning(
  db: DbOrTx,
  p: RapportPerimetre,
  du: string,
  au: string,
  visibles: MediateursVisibles,
  fait: Pick<RapportActivite, 'presence' | 'par_mediateur'>,
): Promise<RapportPlanning> {
  const { from, to } = bornes(du, au);
  const res = (await db.execute(sql`
    with c as (
      select ${cr.id} as id, ${cr.type} as type,
        extract(epoch from (${cr.fin} - ${cr.debut})) / 60 as minutes
      from ${cr} where ${cr.structureId} = ${p.structureId}::uuid and ${cr.statut} = 'prevu'
        and ${cr.debut} >= ${from}::timestamptz and ${cr.debut} < ${to}::timestamptz
        and ${dansPerimetre(p, sql`${cr.territoireId}`, null)}
    ), t as (
      select type, sum(minutes)::float8 as minutes from c group by type
    ), m as (
      select ${crew.mediateurId} as user_id, c.type, sum(c.minutes)::float8 as minutes
      from c join ${crew} on ${crew.creneauId} = c.id group by ${crew.mediateurId}, c.type
    ), mn as (
      select m.*, ${users.prenom} || ' ' || ${users.nom} as nom
      from m join ${users} on ${users.id} = m.user_id and ${users.structureId} = ${p.structureId}::uuid
    )
    select (select coalesce(json_agg(t), '[]') from t) as types,
      (select coalesce(json_agg(mn), '[]') from mn) as personnes`)) as unknown as {
    rows: Array<{
      types: Array<{ type: string; minutes: number }>;
      personnes: Array<{ user_id: string; nom: string; type: string; minutes: number }>;
    }>;
  };
  const row = res.rows[0]!;
  const parType = Object.fromEntries(CRENEAU_TYPES.map((k) => [k, 0])) as Record<CreneauType, number>;
  const cadreMinutes = Object.fromEntries(CADRES.map((k) => [k, 0])) as Record<Cadre, number>;
  let total = 0;
  for (const r of parseJson(row.types)) {
    const type = r.type as CreneauType;
    const minutes = Number(r.minutes);
    if (!(type in parType)) continue;
    total += minutes;
    parType[type] += minutes;
    const cadre = CADRE_DU_CRENEAU[type];
    if (cadre) cadreMinutes[cadre] += minutes;
  }
  const personnes = new Map<string, { nom: string; minutes: number; terrain: number }>();
  for (const r of parseJson(row.personnes)) {
    if (visibles === 'aucun' || (visibles !== 'tous' && r.user_id !== visibles.seul)) continue;
    const line = personnes.get(r.user_id) ?? { nom: r.nom, minutes: 0, terrain: 0 };
    line.minutes += Number(r.minutes);
    if (CADRE_DU_CRENEAU[r.type as CreneauType]) line.terrain += Number(r.minutes);
    personnes.set(r.user_id, line);
  }
  const faitPar = new Map(fait.par_mediateur.map((m) => [m.id, m]));
  const ids = new Set([...personnes.keys(), ...faitPar.keys()]);
  return {
    heures_planifiees: heures(total),
    par_type: Object.fromEntries(CRENEAU_TYPES.map((k) => [k, heures(parType[k])])) as Record<
      CreneauType,
      number
    >,
    par_cadre: Object.fromEntries(
      CADRES.map((k) => [
        k,
        { planifiees: heures(cadreMinutes[k]), realisees: fait.presence.par_cadre[k].heures },
      ]),
    ) as RapportPlanning['par_cadre'],
    par_mediateur: [...ids]
      .map((id) => {
        const plan = personnes.get(id);
        const done = faitPar.get(id);
        return {
          id,
          nom: plan?.nom ?? done?.nom ?? '',
          planifiees: heures(plan?.minutes ?? 0),
          planifiees_terrain: heures(plan?.terrain ?? 0),
          realisees: done?.heures ?? 0,
        };
      })
      .sort((x, y) => x.nom.localeCompare(y.nom, 'fr')),
  };
}
