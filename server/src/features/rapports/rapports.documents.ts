/** The report in the format asked for: JSON, or a CSV, XLSX or PDF document to download. */

import { canReadIncidents } from '../../../../domain/alertes/alerte.rules';
import {
  anneePrecedente,
  type RapportFormat,
  type RapportQuery,
} from '../../../../domain/rapports/rapport.schema';
import { rapportTableaux, type Tableau } from '../../../../domain/rapports/rapport.tables';
import { textesTableau } from '../../../../domain/rapports/rapport-textes.schema';
import { jourFr, periodeFr } from '../../../../domain/time/paris';
import type { ServiceContext } from '../../lib/context';
import {
  avecAnPasse,
  CSV_CONTENT_TYPE,
  tableauxCsv,
  tableauxXlsx,
  XLSX_CONTENT_TYPE,
} from '../../lib/tableur';
import { bilanPdf } from './rapports.pdf';
import { computeRapport, rapportPerimetre } from './rapports.service';
import { loadRapportTextes } from './rapports-textes.service';

export interface RapportDocument {
  contentType: string;
  filename: string;
  body: Buffer | string;
}

/** What every bilan exports: its tables, a heading line, and last year's tables beside them. */
export interface BilanTables {
  base: string;
  entete: string;
  tableaux: Tableau[];
  /** Last year's tables on the same perimeter (computed only for a document). */
  precedent: () => Promise<Tableau[]>;
}

/**
 * The tables as CSV or XLSX (each figure beside last year's, as in the PDF), or the PDF that
 * `pdf` makes from last year's tables: one dispatch for every bilan (structure, convention).
 */
export async function bilanDocument(
  format: RapportFormat,
  b: BilanTables,
  pdf: (precedent: Tableau[]) => Promise<Buffer>,
): Promise<RapportDocument> {
  const precedent = await b.precedent();
  if (format === 'csv') {
    const body = tableauxCsv(avecAnPasse(b.tableaux, precedent), b.entete);
    return { contentType: CSV_CONTENT_TYPE, filename: `${b.base}.csv`, body };
  }
  if (format === 'xlsx') {
    const body = await tableauxXlsx(avecAnPasse(b.tableaux, precedent), b.entete);
    return { contentType: XLSX_CONTENT_TYPE, filename: `${b.base}.xlsx`, body };
  }
  return { contentType: 'application/pdf', filename: `${b.base}.pdf`, body: await pdf(precedent) };
}

export async function rapportDocument(ctx: ServiceContext, q: RapportQuery): Promise<RapportDocument> {
  const perimetre = await rapportPerimetre(ctx, q.qpv);
  const securite = canReadIncidents(ctx.actor);
  const rapport = await computeRapport(ctx.db, perimetre, q.du, q.au, 'aucun', securite);
  const noms = Object.fromEntries(perimetre.territoires.map((t) => [t.qpvCode, t.nom]));
  const tableaux = rapportTableaux(rapport, noms);
  // The coordinator's sections of this very period (whatever the QPV filter), in every format.
  const { sections: textes } = await loadRapportTextes(ctx.db, perimetre.structureId, q.du, q.au);
  const documents = [...tableaux, textesTableau(textes)];
  const entete = `Bilan d’activité — ${perimetre.structureNom} — ${periodeFr(q.du, q.au)}`;
  const du0 = anneePrecedente(q.du);
  const au0 = anneePrecedente(q.au);
  const precedent = async () =>
    rapportTableaux(await computeRapport(ctx.db, perimetre, du0, au0, 'aucun', securite), noms);
  const base = `bilan-${q.du}-${q.au}`;
  return bilanDocument(q.format, { base, entete, tableaux: documents, precedent }, async (avant) =>
    bilanPdf({
      structureNom: perimetre.structureNom,
      periode: periodeFr(q.du, q.au),
      periodePrecedente: periodeFr(du0, au0),
      qpv: q.qpv,
      courant: tableaux,
      precedent: avant,
      edite: jourFr(ctx.now().toISOString().slice(0, 10)),
      textes,
    }),
  );
}
