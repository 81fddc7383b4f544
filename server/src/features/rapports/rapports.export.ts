/** CSV and XLSX of the report: the same tables, formula injection neutralised in both. */
import type { Cell, Tableau } from '../../../../domain/rapports/rapport.tables';
import { CSV_BOM, csvRow, neutraliseCell } from '../../lib/csv';

/** One CSV file: each table under its title line, separated by an empty line. */
export function rapportCsv(tableaux: Tableau[], entete: string): string {
  const parts = [csvRow([entete]), '\r\n'];
  for (const t of tableaux) {
    parts.push(csvRow([t.titre]), csvRow(t.colonnes), ...t.lignes.map((l) => csvRow(l)), '\r\n');
  }
  return CSV_BOM + parts.join('');
}

const cell = (c: Cell) => (typeof c === 'number' ? c : neutraliseCell(c));

/** One sheet per table; text cells are written as strings, never as formulas. */
export async function rapportXlsx(tableaux: Tableau[], entete: string): Promise<Buffer> {
  // Loaded on the first workbook, not at boot (it costs ~250 ms of start-up).
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Trame';
  wb.title = entete;
  for (const t of tableaux) {
    const ws = wb.addWorksheet(t.feuille);
    ws.addRow(t.colonnes.map(cell)).font = { bold: true };
    for (const l of t.lignes) ws.addRow(l.map(cell));
    ws.columns.forEach((col, i) => {
      // A column of prose (the bilan's texts) is wide and wraps its lines; labels 48, figures 14.
      const prose = t.lignes.some(
        (l) => typeof l[i] === 'string' && (l[i].length > 48 || l[i].includes('\n')),
      );
      col.width = prose ? 100 : i === 1 ? 48 : 14;
      if (prose) col.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
