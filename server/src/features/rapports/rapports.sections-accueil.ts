/** The accueil section (requests) and the orientations section of the activity report. */
import { sql } from 'drizzle-orm';
import {
  MOTIFS,
  ORIENTATION_STATUTS,
  type OrientationStatut,
  REPONSES,
  STATUTS_OUVERTS,
} from '../../../../domain/accueil/accueil.taxonomies';
import {
  type OrientationsPartenaire,
  type RapportAccueil,
  type RapportOrientations,
  SANS_PARTENAIRE,
} from '../../../../domain/rapports/rapport-sections.schema';
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
import { dem, ori, partner } from './rapports.sources';

const FINAUX = ORIENTATION_STATUTS.filter((s) => !STATUTS_OUVERTS.includes(s));
/** aboutie ÷ orientations with a final status, 3 decimals; null when none is final. */
function tauxReussite(parStatut: Record<OrientationStatut, number>): number | null {
  const finales = FINAUX.reduce((sum, s) => sum + parStatut[s], 0);
  return finales ? arrondi(parStatut.aboutie / finales, 3) : null;
}

/** Requests of the period (their Paris date) and the orientations they made. */
export async function computeAccueil(
  db: DbOrTx,
  p: RapportPerimetre,
  du: string,
  au: string,
): Promise<{ accueil: RapportAccueil; orientations: RapportOrientations }> {
  const { from, to } = bornes(du, au);
  const [dm, o, pa] = [dem.t, ori.t, partner.t];
  const res = (await db.execute(sql`
    with d as materialized (
      select ${dm.id} as id, ${dm.motifs} as motifs, ${dm.reponses} as reponses from ${dem.from}
      where ${dm.structureId} = ${p.structureId}::uuid and ${dm.occurredAt} >= ${from}::timestamptz
        and ${dm.occurredAt} < ${to}::timestamptz and ${dansPerimetre(p, sql`${dm.territoryId}`, null)}
    ), o as (
      select ${o.statut} as statut, ${o.partnerId} as partner_id, d.motifs
      from d join ${ori.from} on ${o.demandeId} = d.id
      where ${o.structureId} = ${p.structureId}::uuid
    )
    select (select count(*)::int from d) as demandes,
      (select json_agg(x) from (select m.code, count(*)::int as n from d, unnest(d.motifs) as m(code)
        group by m.code) x) as demandes_motifs,
      (select json_agg(x) from (select r.code, count(*)::int as n from d cross join lateral
        (select distinct e->>'type' as code from jsonb_array_elements(d.reponses) e) r group by r.code) x) as reponses,
      (select json_agg(x) from (select m.code, count(*)::int as n from o, unnest(o.motifs) as m(code)
        group by m.code) x) as orientations_motifs,
      (select json_agg(x) from (select o.statut as code, o.partner_id as id, ${pa.nom} as nom, count(*)::int as n
        from o left join ${partner.from} on ${pa.id} = o.partner_id group by o.statut, o.partner_id, ${pa.nom}) x)
        as orientations`)) as unknown as {
    rows: Array<{
      demandes: number;
      demandes_motifs: Coded[] | string | null;
      reponses: Coded[] | string | null;
      orientations_motifs: Coded[] | string | null;
      orientations: Array<Coded & Partnered> | string | null;
    }>;
  };
  const row = res.rows[0]!;
  const groupes = parseJson(row.orientations);
  const parStatut = parCode(ORIENTATION_STATUTS, groupes);
  const partenaires = new Map<string, OrientationsPartenaire>();
  for (const g of groupes) {
    const line = partenaires.get(g.id ?? '') ?? {
      id: g.id,
      nom: g.nom ?? SANS_PARTENAIRE,
      nombre: 0,
      abouties: 0,
      taux_reussite: null,
    };
    line.nombre += Number(g.n);
    if (g.code === 'aboutie') line.abouties += Number(g.n);
    partenaires.set(g.id ?? '', line);
  }
  for (const line of partenaires.values()) {
    const own = parCode(
      ORIENTATION_STATUTS,
      groupes.filter((g) => g.id === line.id),
    );
    line.taux_reussite = tauxReussite(own);
  }
  return {
    accueil: {
      demandes: Number(row.demandes),
      par_motif: parCode(MOTIFS, parseJson(row.demandes_motifs)),
      par_reponse: parCode(REPONSES, parseJson(row.reponses)),
    },
    orientations: {
      nombre: groupes.reduce((sum, g) => sum + Number(g.n), 0),
      par_motif: parCode(MOTIFS, parseJson(row.orientations_motifs)),
      par_statut: parStatut,
      par_partenaire: parNom([...partenaires.values()]),
      taux_reussite: tauxReussite(parStatut),
    },
  };
}
