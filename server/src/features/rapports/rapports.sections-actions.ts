/**
 * The report's collective actions and registres (issue 14, part 6; docs/rapports.md, « Actions
 * collectives » and « Registres »): the actions not cancelled whose start, in Europe/Paris, falls
 * within [du, au] in the perimeter (their QPV or their place), their real length, preparation
 * hours and participants; then, for each registre, every source that feeds it.
 */
import { sql } from 'drizzle-orm';
import { ACTION_REGISTRE, ACTION_TYPES, type ActionType } from '../../../../domain/actions/action.taxonomies';
import { REGISTRES, type Registre } from '../../../../domain/main-courante/main-courante.taxonomies';
import type {
  NombreParticipants,
  RapportActions,
  RapportRegistres,
  SourcesRegistre,
} from '../../../../domain/rapports/rapport-actions';
import type { DbOrTx } from '../../db/client';
import { bornes, dansPerimetre, parseJson } from './rapports.sections-sql';
import type { RapportPerimetre } from './rapports.service';
import { actn, diag } from './rapports.sources';

const heures = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
const vides = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, { nombre: 0, participants: 0 }])) as Record<K, NombreParticipants>;
const ajoute = (line: NombreParticipants | undefined, n: number, participants: number) => {
  if (!line) return;
  line.nombre += n;
  line.participants += participants;
};

export async function computeActions(
  db: DbOrTx,
  p: RapportPerimetre,
  du: string,
  au: string,
): Promise<{ actions: RapportActions; diagnostics: number }> {
  const { from, to } = bornes(du, au);
  const [a, d] = [actn.t, diag.t];
  const res = (await db.execute(sql`
    with x as (
      select ${a.type} as type, ${a.territoireId} as territory_id, count(*)::int as n,
        coalesce(sum(${a.participants}), 0)::int as participants,
        coalesce(sum(extract(epoch from (${a.fin} - ${a.debut})) / 60), 0)::float8 as minutes,
        coalesce(sum(${a.heuresPreparation}), 0)::float8 as preparation
      from ${actn.from} where ${a.structureId} = ${p.structureId}::uuid and ${a.statut} <> 'annulee'
        and ${a.debut} >= ${from}::timestamptz and ${a.debut} < ${to}::timestamptz
        and ${dansPerimetre(p, sql`${a.territoireId}`, sql`${a.lieuId}`)}
      group by ${a.type}, ${a.territoireId}
    )
    select (select coalesce(json_agg(x), '[]') from x) as groupes,
      (select count(*)::int from ${diag.from} where ${d.structureId} = ${p.structureId}::uuid
        and ${d.date} >= ${du}::date and ${d.date} <= ${au}::date
        and ${dansPerimetre(p, sql`${d.territoryId}`, null)}) as diagnostics`)) as unknown as {
    rows: Array<{
      groupes: Array<{
        type: string;
        territory_id: string;
        n: number;
        participants: number;
        minutes: number;
        preparation: number;
      }>;
      diagnostics: number;
    }>;
  };
  const row = res.rows[0]!;
  const lignesQpv = p.parQpv ?? p.territoires;
  const codeOf = new Map(lignesQpv.map((t) => [t.id, t.qpvCode]));
  const out: RapportActions = {
    nombre: 0,
    heures: 0,
    heures_preparation: 0,
    participants: 0,
    par_type: vides(ACTION_TYPES),
    par_registre: vides(REGISTRES),
    par_qpv: vides(lignesQpv.map((t) => t.qpvCode)),
  };
  let minutes = 0;
  let preparation = 0;
  for (const g of parseJson(row.groupes)) {
    const [n, participants] = [Number(g.n), Number(g.participants)];
    out.nombre += n;
    out.participants += participants;
    minutes += Number(g.minutes);
    preparation += Number(g.preparation);
    ajoute(out.par_type[g.type as ActionType], n, participants);
    const registre = ACTION_REGISTRE[g.type as ActionType];
    if (registre) ajoute(out.par_registre[registre], n, participants);
    ajoute(out.par_qpv[codeOf.get(g.territory_id) ?? ''], n, participants);
  }
  out.heures = heures(minutes);
  out.heures_preparation = Math.round(preparation * 100) / 100;
  return { actions: out, diagnostics: Number(row.diagnostics) };
}

/**
 * For each registre, what feeds it (TAXONOMIES.md, « How each registre is fed »): contacts by
 * their nature, actions by their type, signalements and diagnostics in `veille_technique`,
 * residents' projects in `projet` (none exist yet: 0).
 */
export function computeRegistres(sources: {
  contacts: Record<Registre, number>;
  personnes: Record<Registre, number>;
  actions: RapportActions;
  signalements: number;
  diagnostics: number;
  /** Residents' projects supported in the period (a dated support step in it). */
  projets: number;
}): RapportRegistres {
  return Object.fromEntries(
    REGISTRES.map((r): [Registre, SourcesRegistre] => [
      r,
      {
        contacts: sources.contacts[r],
        personnes: sources.personnes[r],
        actions: sources.actions.par_registre[r].nombre,
        participants: sources.actions.par_registre[r].participants,
        signalements: r === 'veille_technique' ? sources.signalements : 0,
        diagnostics: r === 'veille_technique' ? sources.diagnostics : 0,
        projets: r === 'projet' ? sources.projets : 0,
      },
    ]),
  ) as RapportRegistres;
}
