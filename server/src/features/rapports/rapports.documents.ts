/** The report in the format asked for: JSON, or a CSV, XLSX or PDF document to download. */
import { anneePrecedente, type RapportQuery } from '../../../../domain/rapports/rapport.schema';
import { rapportTableaux } from '../../../../domain/rapports/rapport.tables';
import { textesTableau } from '../../../../domain/rapports/rapport-textes.schema';
import type { ServiceContext } from '../../lib/context';
import { rapportCsv, rapportXlsx } from './rapports.export';
import { bilanPdf } from './rapports.pdf';
import { computeRapport, rapportPerimetre } from './rapports.service';
import { loadRapportTextes } from './rapports-textes.service';

export const fr = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
export const periode = (du: string, au: string) => `du ${fr(du)} au ${fr(au)}`;

export interface RapportDocument {
  contentType: string;
  filename: string;
  body: Buffer | string;
}

export async function rapportDocument(ctx: ServiceContext, q: RapportQuery): Promise<RapportDocument> {
  const perimetre = await rapportPerimetre(ctx, q.qpv);
  const rapport = await computeRapport(ctx.db, perimetre, q.du, q.au, 'aucun');
  const noms = Object.fromEntries(perimetre.territoires.map((t) => [t.qpvCode, t.nom]));
  const tableaux = rapportTableaux(rapport, noms);
  // The coordinator's sections of this very period (whatever the QPV filter), in every format.
  const { sections: textes } = await loadRapportTextes(ctx.db, perimetre.structureId, q.du, q.au);
  const documents = [...tableaux, textesTableau(textes)];
  const entete = `Bilan d’activité — ${perimetre.structureNom} — ${periode(q.du, q.au)}`;
  const base = `bilan-${q.du}-${q.au}`;
  if (q.format === 'csv') {
    return {
      contentType: 'text/csv; charset=utf-8',
      filename: `${base}.csv`,
      body: rapportCsv(documents, entete),
    };
  }
  if (q.format === 'xlsx') {
    return {
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      filename: `${base}.xlsx`,
      body: await rapportXlsx(documents, entete),
    };
  }
  const du0 = anneePrecedente(q.du);
  const au0 = anneePrecedente(q.au);
  const precedent = await computeRapport(ctx.db, perimetre, du0, au0, 'aucun');
  const today = ctx.now().toISOString().slice(0, 10);
  return {
    contentType: 'application/pdf',
    filename: `${base}.pdf`,
    body: await bilanPdf({
      structureNom: perimetre.structureNom,
      periode: periode(q.du, q.au),
      periodePrecedente: periode(du0, au0),
      qpv: q.qpv,
      courant: tableaux,
      precedent: rapportTableaux(precedent, noms),
      edite: fr(today),
      textes,
    }),
  };
}
