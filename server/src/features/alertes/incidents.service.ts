/** The incidents of a year (issue 13, part 7): counts by kind, level and place; no resident's data. */
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { IncidentsView } from '../../../../domain/alertes/alerte.schema';
import { ALERTE_NIVEAUX, FAITS_MARQUANTS } from '../../../../domain/alertes/alerte.taxonomies';
import { parisInstant } from '../../../../domain/time/paris';
import type { DbOrTx } from '../../db/client';
import { territories } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { alertes } from './alertes.table';

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Every alert sent in the Paris year `annee`, counted; kinds are those of closed alerts. */
export async function incidentsOf(db: DbOrTx, structureId: string, annee: number): Promise<IncidentsView> {
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
        gte(alertes.createdAt, parisInstant(`${annee}-01-01`)),
        lt(alertes.createdAt, parisInstant(`${annee + 1}-01-01`)),
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
  const out: IncidentsView = {
    annee,
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

export const incidents = (ctx: ServiceContext, annee: number) =>
  incidentsOf(ctx.db, ctx.actor.structureId, annee);
