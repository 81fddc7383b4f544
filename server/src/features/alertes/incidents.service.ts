/** The incidents of a year (issue 13, part 7): counts by kind, level and place; no resident's data. */
import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { IncidentsView } from '../../../../domain/alertes/alerte.schema';
import { ALERTE_NIVEAUX, FAITS_MARQUANTS } from '../../../../domain/alertes/alerte.taxonomies';
import { parisInstant } from '../../../../domain/time/paris';
import type { DbOrTx } from '../../db/client';
import { territories } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { alertes } from './alertes.table';

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export type IncidentsCompte = Omit<IncidentsView, 'annee'>;

/**
 * Every alert sent in [from, to), counted; kinds are those of closed alerts. `territoireIds`:
 * only the alerts of these QPV (a report narrowed to some); null: the whole structure.
 */
export async function incidentsEntre(
  db: DbOrTx,
  structureId: string,
  from: Date,
  to: Date,
  territoireIds: string[] | null,
): Promise<IncidentsCompte> {
  if (territoireIds?.length === 0) return compter([]);
  const rows = await db
    .select({
      niveau: alertes.niveau,
      fait: alertes.faitMarquant,
      territoireId: alertes.territoireId,
      nom: territories.nom,
      police: alertes.signalementPolice,
      employeur: alertes.signalementEmployeur,
      n: sql<number>`count(*)::int`,
    })
    .from(alertes)
    .leftJoin(territories, eq(territories.id, alertes.territoireId))
    .where(
      and(
        eq(alertes.structureId, structureId),
        gte(alertes.createdAt, from),
        lt(alertes.createdAt, to),
        territoireIds ? inArray(alertes.territoireId, territoireIds) : undefined,
      ),
    )
    .groupBy(
      alertes.niveau,
      alertes.faitMarquant,
      alertes.territoireId,
      territories.nom,
      alertes.signalementPolice,
      alertes.signalementEmployeur,
    );
  return compter(rows);
}

type Ligne = {
  niveau: string;
  fait: string | null;
  territoireId: string | null;
  nom: string | null;
  police: boolean | null;
  employeur: boolean | null;
  n: number;
};

function compter(rows: Ligne[]): IncidentsCompte {
  const out: IncidentsCompte = {
    total: 0,
    parFait: zeros(FAITS_MARQUANTS),
    parNiveau: zeros(ALERTE_NIVEAUX),
    parLieu: [],
    signalementsPolice: 0,
    signalementsEmployeur: 0,
  };
  const lieux = new Map<string | null, { territoireId: string | null; nom: string; n: number }>();
  for (const r of rows) {
    const n = Number(r.n);
    out.total += n;
    if (r.fait && r.fait in out.parFait) out.parFait[r.fait as keyof typeof out.parFait] += n;
    if (r.niveau in out.parNiveau) out.parNiveau[r.niveau as keyof typeof out.parNiveau] += n;
    if (r.police) out.signalementsPolice += n;
    if (r.employeur) out.signalementsEmployeur += n;
    const lieu = lieux.get(r.territoireId) ?? {
      territoireId: r.territoireId,
      nom: r.nom ?? 'Hors créneau planifié',
      n: 0,
    };
    lieu.n += n;
    lieux.set(r.territoireId, lieu);
  }
  out.parLieu = [...lieux.values()].sort((a, b) => b.n - a.n || a.nom.localeCompare(b.nom, 'fr'));
  return out;
}

/** Every alert sent in the Paris year `annee`. */
export async function incidentsOf(db: DbOrTx, structureId: string, annee: number): Promise<IncidentsView> {
  const from = parisInstant(`${annee}-01-01`);
  const to = parisInstant(`${annee + 1}-01-01`);
  return { annee, ...(await incidentsEntre(db, structureId, from, to, null)) };
}

export const incidents = (ctx: ServiceContext, annee: number) =>
  incidentsOf(ctx.db, ctx.actor.structureId, annee);
