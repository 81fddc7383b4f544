/**
 * CSV for every export and import of Trame: formula neutralising, RFC 4180 quoting, and a
 * streaming reader that never holds the whole file (records are yielded chunk by chunk).
 */

export const CSV_BOM = '\uFEFF';
/** The type of every CSV download. */
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** Cells a spreadsheet would run as a formula (CSV injection): prefixed with a quote. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEUTRALISED = /^'[=+\-@\t\r]/;

/** Neutralises a text cell that a spreadsheet would read as a formula. */
export const neutraliseCell = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
/** Undoes `neutraliseCell`, so that an exported file imports back to the same text. */
export const unneutraliseCell = (value: string) => (NEUTRALISED.test(value) ? value.slice(1) : value);

/** Quotes a cell when it holds the separator, a quote or a line break (RFC 4180). */
export function quoteCell(value: string, separator = ';'): string {
  if (value.includes(separator) || /["\r\n]/.test(value)) return `"${value.replaceAll('"', '""')}"`;
  return value;
}

/**
 * A number as French spreadsheets read it: decimal comma, no thousands separator (`5837,75`).
 * Never in exponent form, which no spreadsheet reads back with a comma.
 */
export const nombreCsv = (n: number) =>
  Number.isFinite(n) ? n.toLocaleString('fr-FR', { useGrouping: false, maximumFractionDigits: 10 }) : '';

/**
 * One CSV line (CRLF-terminated) of every export: `;` separator, text cells neutralised,
 * numbers with a decimal comma. Files start with `CSV_BOM` so Excel reads them as UTF-8.
 */
export function csvRow(cells: ReadonlyArray<string | number | null | undefined>, separator = ';'): string {
  const out = cells.map((c) =>
    typeof c === 'number' ? nombreCsv(c) : quoteCell(neutraliseCell(c ?? ''), separator),
  );
  return `${out.join(separator)}\r\n`;
}

export interface CsvRecord {
  /** Physical line (1-based) where the record starts; a quoted field may span several lines. */
  line: number;
  fields: string[];
}

export class CsvError extends Error {
  constructor(
    readonly kind: 'encodage' | 'guillemet' | 'trop_gros',
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Reads CSV records from a byte stream. UTF-8 only (a BOM is skipped); the separator is the
 * most frequent of `separators` on the header line, outside quotes (`separator` stays null
 * when the header holds none of them: the file is then read as one column).
 */
export class CsvReader {
  separator: string | null = null;
  private sep = -1;
  private fields: string[] = [];
  private field = '';
  /** 0 field start, 1 unquoted, 2 quoted, 3 quote seen inside a quoted field. */
  private state = 0;
  private line = 1;
  private recordLine = 1;
  private skipLf = false;
  private out: CsvRecord[] = [];

  constructor(private readonly opts: { separators: string[]; maxBytes: number }) {}

  async *records(source: AsyncIterable<Buffer | string>): AsyncGenerator<CsvRecord> {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
    let bytes = 0;
    let head = '';
    for await (const chunk of source) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      bytes += buf.length;
      if (bytes > this.opts.maxBytes) {
        throw new CsvError('trop_gros', 'Fichier trop volumineux.', this.line);
      }
      let text: string;
      try {
        text = decoder.decode(buf, { stream: true });
      } catch {
        throw this.encodingError(head + new TextDecoder().decode(buf));
      }
      if (this.sep < 0) {
        head += text;
        if (!this.detect(head, false)) continue;
        text = head;
        head = '';
      }
      this.feed(text);
      yield* this.flushOut();
    }
    try {
      head += decoder.decode();
    } catch {
      throw this.encodingError(head);
    }
    if (this.sep < 0) this.detect(head, true);
    this.feed(head);
    this.end();
    yield* this.flushOut();
  }

  /** Points at the line of the first bad byte, counting the lines of text not parsed yet. */
  private encodingError(unparsed: string) {
    const bad = unparsed.indexOf('\uFFFD');
    const before = bad < 0 ? unparsed : unparsed.slice(0, bad);
    const line = this.line + (before.match(/\n/g)?.length ?? 0);
    return new CsvError(
      'encodage',
      `Le fichier n’est pas encodé en UTF-8 (ligne ${line}) : enregistrez-le au format « CSV UTF-8 ».`,
      line,
    );
  }

  /** Picks the separator once the header line is complete (or the file ended). */
  private detect(text: string, final: boolean): boolean {
    let inQuotes = false;
    let end = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) inQuotes = !inQuotes;
      else if (!inQuotes && (c === LF || c === CR)) {
        end = i;
        break;
      }
    }
    if (end < 0 && !final) return false;
    const header = end < 0 ? text : text.slice(0, end);
    let best: string | null = null;
    let bestCount = 0;
    for (const s of this.opts.separators) {
      const count = header.split(s).length - 1;
      if (count > bestCount) [best, bestCount] = [s, count];
    }
    this.separator = best;
    // Without a known separator, split on a character that cannot appear: one column.
    this.sep = best ? best.charCodeAt(0) : 0;
    return true;
  }

  private pushField() {
    this.fields.push(this.field);
    this.field = '';
    this.state = 0;
  }

  private endRecord() {
    this.pushField();
    this.out.push({ line: this.recordLine, fields: this.fields });
    this.fields = [];
  }

  private newline(c: number) {
    this.line++;
    if (c === CR) this.skipLf = true;
  }

  /**
   * A character outside quoted text, at a field's start (state 0) or after its closing quote
   * (state 3): a separator, an end of line, or the start of unquoted text. Returns where the
   * field's text starts from (`i` for unquoted text, else `start` unchanged).
   */
  private boundary(c: number, i: number, start: number): number {
    if (c === this.sep) this.pushField();
    else if (c === LF || c === CR) {
      this.endRecord();
      this.newline(c);
    } else {
      this.state = 1;
      return i;
    }
    return start;
  }

  private feed(text: string) {
    let start = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (this.skipLf) {
        this.skipLf = false;
        if (c === LF) {
          start = i + 1;
          continue;
        }
      }
      if (this.state === 0 && this.fields.length === 0 && this.field === '') this.recordLine = this.line;
      switch (this.state) {
        case 0:
          if (c === QUOTE) {
            this.state = 2;
            start = i + 1;
          } else start = this.boundary(c, i, start);
          break;
        case 1:
          if (c === this.sep) {
            this.field += text.slice(start, i);
            this.pushField();
          } else if (c === LF || c === CR) {
            this.field += text.slice(start, i);
            this.endRecord();
            this.newline(c);
          }
          break;
        case 2:
          if (c === QUOTE) {
            this.field += text.slice(start, i);
            this.state = 3;
          } else if (c === LF) {
            this.line++;
          }
          break;
        default:
          if (c === QUOTE) {
            this.field += '"';
            this.state = 2;
            start = i + 1;
          } else start = this.boundary(c, i, start); // text after a closing quote is kept, as spreadsheets do
      }
    }
    if (this.state === 1 || this.state === 2) this.field += text.slice(start, n);
  }

  private end() {
    if (this.state === 2) {
      throw new CsvError('guillemet', 'Guillemet ouvert jamais refermé.', this.recordLine);
    }
    if (this.state !== 0 || this.fields.length > 0) this.endRecord();
  }

  private *flushOut(): Generator<CsvRecord> {
    const out = this.out;
    this.out = [];
    yield* out;
  }
}
