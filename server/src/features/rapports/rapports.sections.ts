/**
 * The report sections of the accueil, situations and signalements modules: one grouped SQL
 * statement per module over the period and the perimeter, folded into JSON with every code
 * present. Every definition is in docs/rapports.md ("Accueil et orientations", "Situations",
 * "Signalements").
 */
import type { RapportSections } from '../../../../domain/rapports/rapport-sections.schema';
import type { DbOrTx } from '../../db/client';
import { computeAccueil } from './rapports.sections-accueil';
import { computeSignalements, computeSituations } from './rapports.sections-terrain';
import type { RapportPerimetre } from './rapports.service';

/**
 * The sections of the accueil, situations and signalements modules for [du, au] on a report
 * perimeter (structure, territories, places), to spread into the activity report.
 */
export async function computeSections(
  db: DbOrTx,
  p: RapportPerimetre,
  du: string,
  au: string,
): Promise<RapportSections> {
  const { accueil, orientations } = await computeAccueil(db, p, du, au);
  const situations = await computeSituations(db, p, du, au);
  const signalements = await computeSignalements(db, p, du, au);
  return { accueil, orientations, situations, signalements };
}
