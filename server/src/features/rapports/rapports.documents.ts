/** The report in the format asked for: JSON, or a CSV, XLSX or PDF document to download. */
import {
  anneePrecedente,
  type RapportFormat,
  type RapportQuery,
} from '../../../../domain/rapports/rapport.schema';
import { rapportTableaux, type Tableau } from '../../../../domain/rapports/rapport.tables';
import { textesTableau } from '../../../../domain/rapports/rapport-textes.schema';
import { jourFr, periodeFr } from '../../../../domain/time/paris';
import type { ServiceContext } from '../../lib/context';
import { rapportCsv, rapportXlsx } from './rapports.export';
import { bilanPdf } from './rapports.pdf';
import { computeRapport, rapportPerimetre } from './rapports.service';
import { loadRapportTextes } from './rapports-textes.service';

export interface RapportDocument {
  contentType: string;
  filename: string;
  body: Buffer | string;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The tables as CSV or XLSX, or the PDF that `pdf` makes: one dispatch for every bilan (structure, convention). */
export async function bilanDocument(
  format: RapportFormat,
  base: string,
  tableaux: Tableau[],
  entete: string,
  pdf: () => Promise<Buffer>,
): Promise<RapportDocument> {
  if (format === 'csv') {
    return {
      contentType: 'text/csv; charset=utf-8',
      filename: `${base}.csv`,
      body: rapportCsv(tableaux, entete),
    };
  }
  if (format === 'xlsx') {
    return { contentType: XLSX, filename: `${base}.xlsx`, body: await rapportXlsx(tableaux, entete) };
  }
  return { contentType: 'application/pdf', filename: `${base}.pdf`, body: await pdf() };
}

export async function rapportDocument(ctx: ServiceContext, q: RapportQuery): Promise<RapportDocument> {
  const perimetre = await rapportPerimetre(ctx, q.qpv);
  const rapport = await computeRapport(ctx.db, perimetre, q.du, q.au, 'aucun');
  const noms = Object.fromEntries(perimetre.territoires.map((t) => [t.qpvCode, t.nom]));
  const tableaux = rapportTableaux(rapport, noms);
  // The coordinator's sections of this very period (whatever the QPV filter), in every format.
  const { sections: textes } = await loadRapportTextes(ctx.db, perimetre.structureId, q.du, q.au);
  const documents = [...tableaux, textesTableau(textes)];
  const entete = `Bilan d’activité — ${perimetre.structureNom} — ${periodeFr(q.du, q.au)}`;
  return bilanDocument(q.format, `bilan-${q.du}-${q.au}`, documents, entete, async () => {
    const du0 = anneePrecedente(q.du);
    const au0 = anneePrecedente(q.au);
    const precedent = await computeRapport(ctx.db, perimetre, du0, au0, 'aucun');
    return bilanPdf({
      structureNom: perimetre.structureNom,
      periode: periodeFr(q.du, q.au),
      periodePrecedente: periodeFr(du0, au0),
      qpv: q.qpv,
      courant: tableaux,
      precedent: rapportTableaux(precedent, noms),
      edite: jourFr(ctx.now().toISOString().slice(0, 10)),
      textes,
    });
  });
}
