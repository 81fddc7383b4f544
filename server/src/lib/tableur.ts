/**
 * The one exporter of tables (Tableau) to CSV and XLSX, used by every bilan (structure,
 * convention): a French funder opens either file without fixing it. CSV: `;`, decimal comma,
 * UTF-8 with BOM (csvRow); XLSX: French sheet names, figures as numbers, text never a formula.
 * Both leave out internal ids and carry last year's figure beside each one when given.
 */
import { type Cell, ongletLabel, type Tableau } from '../../../domain/rapports/tableau';
import { CSV_BOM, csvRow, neutraliseCell } from './csv';

export { CSV_CONTENT_TYPE } from './csv';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const AN_PASSE = '(année précédente)';

/** A table as the files show it: without the column of internal ids (partners' uuids). */
function sansIds(t: Tableau): Tableau {
  if (!t.codesInternes) return t;
  return { ...t, colonnes: t.colonnes.slice(1), lignes: t.lignes.map((l) => l.slice(1)) };
}

/**
 * Each figure of `courant` followed by the same figure one year earlier, as the PDF shows them:
 * lines matched by code (column 0); a line absent last year has an empty cell there, not a 0.
 * Tables without a previous one (objectives, texts) stay as they are.
 */
export function avecAnPasse(courant: Tableau[], precedent: Tableau[]): Tableau[] {
  return courant.map((t) => {
    const prev = precedent.find((p) => p.feuille === t.feuille);
    if (!prev || t.colonnes.length < 3) return t;
    const figures = t.colonnes.slice(2);
    return {
      ...t,
      colonnes: [...t.colonnes.slice(0, 2), ...figures.flatMap((c) => [c, `${c} ${AN_PASSE}`])],
      lignes: t.lignes.map((l) => {
        const before = prev.lignes.find((p) => p[0] === l[0]);
        return [...l.slice(0, 2), ...l.slice(2).flatMap((v, j): Cell[] => [v, before?.[j + 2] ?? ''])];
      }),
    };
  });
}

/** One CSV file: each table under its title line, separated by an empty line. */
export function tableauxCsv(tableaux: Tableau[], entete: string): string {
  const parts = [csvRow([entete]), '\r\n'];
  for (const t of tableaux.map(sansIds)) {
    parts.push(csvRow([t.titre]), csvRow(t.colonnes), ...t.lignes.map((l) => csvRow(l)), '\r\n');
  }
  return CSV_BOM + parts.join('');
}

const cell = (c: Cell) => (typeof c === 'number' ? c : neutraliseCell(c));

/** One sheet per table, named in French; text cells are written as strings, never as formulas. */
export async function tableauxXlsx(tableaux: Tableau[], entete: string): Promise<Buffer> {
  // Loaded on the first workbook, not at boot (it costs ~250 ms of start-up).
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Trame';
  wb.title = entete;
  for (const t of tableaux.map(sansIds)) {
    const ws = wb.addWorksheet(ongletLabel(t.feuille));
    ws.addRow(t.colonnes.map(cell)).font = { bold: true };
    for (const l of t.lignes) ws.addRow(l.map(cell));
    const label = t.codesInternes ? 0 : 1;
    ws.columns.forEach((col, i) => {
      // A column of prose (the bilan's texts) is wide and wraps its lines; labels 48, figures 16 (the « année précédente » headers).
      const prose = t.lignes.some(
        (l) => typeof l[i] === 'string' && (l[i].length > 48 || l[i].includes('\n')),
      );
      col.width = prose ? 100 : i === label ? 48 : 16;
      if (prose) col.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
