/**
 * Reading generated documents back as a user's tools would: an XLSX through LibreOffice
 * (headless, one CSV per sheet), a PDF through poppler (pages as PNG, text per page).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CsvReader } from '../src/lib/csv';

export const hasCommand = (cmd: string) => spawnSync('which', [cmd]).status === 0;

async function withDir<T>(prefix: string, fn: (dir: string) => Promise<T> | T): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** CSV text as rows (quoted line breaks stay inside their cell); empty rows dropped. */
async function parseCsv(text: string): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const r of new CsvReader({ separators: [';'], maxBytes: 1e8 }).records(
    (async function* () {
      yield text;
    })(),
  )) {
    if (r.fields.some(Boolean)) rows.push(r.fields);
  }
  return rows;
}

/** LibreOffice, headless with its own profile in `dir`, on `dir/file`, writing into `dir`. */
function soffice(dir: string, file: string, args: string[]): void {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      ...args,
      '--outdir',
      dir,
      path.join(dir, file),
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
}

/** Every sheet of an XLSX as LibreOffice reads it, by sheet name. */
export function xlsxSheets(xlsx: Buffer): Promise<Record<string, string[][]>> {
  return withDir('trame-xlsx-', async (dir) => {
    writeFileSync(path.join(dir, 'doc.xlsx'), xlsx);
    // Separator ;, quote ", UTF-8, from line 1, …, sheet -1 = every sheet in its own file.
    soffice(dir, 'doc.xlsx', [
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1',
    ]);
    const sheets: Record<string, string[][]> = {};
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.csv'))) {
      sheets[f.replace(/^doc-/, '').replace(/\.csv$/, '')] = await parseCsv(
        readFileSync(path.join(dir, f), 'utf8'),
      );
    }
    return sheets;
  });
}

/**
 * A CSV as French LibreOffice opens it (`;`, UTF-8, French locale: decimal comma), saved as
 * XLSX and read back cell by cell: numbers come back as numbers, the rest as text.
 */
export function csvCellsFr(csv: string | Buffer): Promise<Array<Array<string | number | null>>> {
  return withDir('trame-csv-', async (dir) => {
    writeFileSync(path.join(dir, 'doc.csv'), csv);
    // Separator ;, quote ", UTF-8, from line 1, standard columns, language 1036 (French).
    soffice(dir, 'doc.csv', ['--infilter=CSV:59,34,76,1,,1036', '--convert-to', 'xlsx']);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path.join(dir, 'doc.xlsx')) as unknown as ArrayBuffer);
    const rows: Array<Array<string | number | null>> = [];
    wb.worksheets[0]!.eachRow((r) => {
      const values = (r.values as unknown[]).slice(1);
      rows.push(values.map((v) => (typeof v === 'number' || typeof v === 'string' ? v : null)));
    });
    return rows;
  });
}

export interface PdfRead {
  /** Each page rendered by pdftoppm: pixel size of its PNG. */
  images: Array<{ width: number; height: number }>;
  /** pdftotext's text, page by page (reading order, or layout when asked). */
  pages: string[];
}

/**
 * Renders every page of a PDF to PNG (at `dpi`) and extracts its text, page by page; `layout`
 * keeps each table row on one line (pdftotext -layout).
 */
export function readPdf(pdf: Buffer, dpi = 40, layout = false): Promise<PdfRead> {
  return withDir('trame-pdf-', (dir) => {
    const file = path.join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, path.join(dir, 'page')]);
    const images = readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort()
      .map((f) => {
        const png = readFileSync(path.join(dir, f));
        if (png.subarray(1, 4).toString() !== 'PNG') throw new Error(`${f} is not a PNG`);
        return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
      });
    const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-']).toString();
    // pdftotext ends every page with a form feed.
    return { images, pages: text.split('\f').slice(0, images.length) };
  });
}
