import { describe, expect, it } from 'vitest';
import { CsvError, CsvReader, csvRow, neutraliseCell, unneutraliseCell } from './csv';

async function read(chunks: Array<string | Buffer>, maxBytes = 1e6) {
  const reader = new CsvReader({ separators: [';', ','], maxBytes });
  const out: Array<[number, string[]]> = [];
  async function* source() {
    yield* chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c));
  }
  for await (const r of reader.records(source())) out.push([r.line, r.fields]);
  return { separator: reader.separator, records: out };
}

describe('CSV reader', () => {
  it('detects the separator from the header, skips the BOM and reads CRLF lines', async () => {
    const { separator, records } = await read(['\uFEFFa;b,c;d\r\n1;2,5;3\r\n']);
    expect(separator).toBe(';');
    expect(records).toEqual([
      [1, ['a', 'b,c', 'd']],
      [2, ['1', '2,5', '3']],
    ]);
    expect((await read(['a,b\n1,2'])).separator).toBe(',');
  });

  it('reads quoted fields with separators, doubled quotes and line breaks, split across chunks', async () => {
    const text = 'x;y\n"a;b";"il a dit ""non"""\n"ligne 1\nligne 2";z\nfin;"é"\n';
    const whole = await read([text]);
    expect(whole.records).toEqual([
      [1, ['x', 'y']],
      [2, ['a;b', 'il a dit "non"']],
      [3, ['ligne 1\nligne 2', 'z']],
      [5, ['fin', 'é']],
    ]);
    const bytes = Buffer.from(text);
    const oneByOne = [...bytes].map((b) => Buffer.from([b]));
    expect((await read(oneByOne)).records).toEqual(whole.records);
  });

  it('keeps empty trailing fields and reports a header without separator', async () => {
    expect((await read(['a;b;\n;;\n'])).records).toEqual([
      [1, ['a', 'b', '']],
      [2, ['', '', '']],
    ]);
    const tabs = await read(['a\tb\n1\t2\n']);
    expect(tabs.separator).toBeNull();
    expect(tabs.records[0]).toEqual([1, ['a\tb']]);
  });

  it('refuses non UTF-8 bytes, an unclosed quote and a file over the limit', async () => {
    await expect(read([Buffer.from([0x61, 0x3b, 0x62, 0x0a, 0xe9, 0x0a])])).rejects.toMatchObject({
      kind: 'encodage',
      line: 2,
    });
    await expect(read(['a;b\n"oops;x\n'])).rejects.toMatchObject({ kind: 'guillemet', line: 2 });
    await expect(read(['a;b\n', 'x'.repeat(20)], 10)).rejects.toBeInstanceOf(CsvError);
  });
});

describe('CSV writer', () => {
  it('neutralises formulas and quotes what needs it; numbers stay numbers', () => {
    expect(csvRow(['=1+1', '+33 6', '-x', '@SUM(A1)', 'a;b', 'dit "oui"', 'ok', 5])).toBe(
      `'=1+1;'+33 6;'-x;'@SUM(A1);"a;b";"dit ""oui""";ok;5\r\n`,
    );
    expect(unneutraliseCell(neutraliseCell('=HYPERLINK("x")'))).toBe('=HYPERLINK("x")');
    // French spreadsheets: decimal comma, no grouping, never an exponent.
    expect(csvRow([5837.75, -2.5, 0.1 + 0.2, 1234567, 1e21])).toBe(
      '5837,75;-2,5;0,3;1234567;1000000000000000000000\r\n',
    );
    expect(unneutraliseCell("'quoted")).toBe("'quoted");
  });
});
