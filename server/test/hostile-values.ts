/** Hostile values for the fuzz test (hostile-inputs.ts), and helpers to put them in a body or a URL. */
import fc from 'fast-check';
import type { JsonSchema } from './route-walker';

export const HUGE = 'x'.repeat(100_000);
/** Texts that broke or could break something: NUL, lone surrogates, controls, dates out of range. */
const HOSTILE_TEXTS = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\ud800x',
  'x\udfff',
  '\udc00\ud800',
  '\u0001\u0007\u001b\u007f\u0085',
  '\u202eevil\u200b',
  '\ufeff',
  '🙂'.repeat(300),
  HUGE,
  '0000-01-01',
  '99999-12-31',
  '0000-01-01T00:00:00Z',
  '+099999-01-01T00:00:00Z',
  '2026-02-30',
  '2026-13-45T25:61:00Z',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '=HYPERLINK("http://x")',
  '../../etc/passwd',
  '%00',
  '%',
  '00000000-0000-0000-0000-000000000000',
  'QN00000Z',
  'NaN',
  '-1',
  'true',
];
const HOSTILE_VALUES: unknown[] = [
  ...HOSTILE_TEXTS,
  0,
  -1,
  -0,
  1.5,
  -1e308,
  1e308,
  2 ** 53 + 1,
  -(2 ** 31) - 1,
  2 ** 31,
  true,
  false,
  null,
  [],
  ['x'],
  [null, 1, 'a\u0000'],
  {},
  { a: { b: { c: [1, [2, [3, { d: '\ud800' }]]] } } },
  JSON.parse('{"__proto__":{"admin":true}}'),
];

/** What a free-text field must survive. */
export const TEXT_ATOMS = [
  'a\u0000b',
  '\ud800x',
  'x\udfff',
  '\u0001\u0007\u001b\u007f',
  HUGE,
  '',
  '   ',
  '🙂\u202e\u200b',
];
export const DATE_ATOMS = [
  '0000-01-01',
  '99999-12-31',
  '0000-01-01T00:00:00Z',
  '+099999-01-01T00:00:00Z',
  '2026-02-30',
  '00/00/0000',
];
export const NUMBER_ATOMS = [-1, 0, -1e308, 1e308, 2 ** 53 + 1, 0.000001, '12', null];

/** One hostile JSON value. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })) },
  { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 5 }), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Raw bodies that are not the JSON a route expects, whatever its schema. */
export const RAW_BODIES: Array<{ type: string; payload: string | Buffer }> = [
  { type: 'application/json', payload: '' },
  { type: 'application/json', payload: '{' },
  { type: 'application/json', payload: '{"a":' },
  { type: 'application/json', payload: 'null' },
  { type: 'application/json', payload: '[]' },
  { type: 'application/json', payload: '"x"' },
  { type: 'application/json', payload: '123' },
  { type: 'application/json', payload: '\u0000' },
  { type: 'application/json', payload: '{"__proto__":{"isAdmin":true}}' },
  { type: 'application/json', payload: `[${'['.repeat(5000)}${']'.repeat(5000)}]` },
  { type: 'application/json', payload: JSON.stringify({ a: 'x'.repeat(1_100_000) }) },
  { type: 'text/plain', payload: '{}' },
  { type: 'application/xml', payload: '<a/>' },
  { type: 'text/csv', payload: 'a;b\n\u0000;\ud800\n' },
  { type: 'image/png', payload: Buffer.from('89504e470d0a1a0a0000', 'hex') },
];

export type Leaf = { path: string[]; kind: 'text' | 'date' | 'datetime' | 'number' | 'other' };

/** The schema node at a path of the body, through arrays and unions. */
function schemaAt(schema: JsonSchema | undefined, path: string[]): JsonSchema | undefined {
  let node = schema;
  for (const key of path) {
    const options = node?.anyOf ?? node?.oneOf ?? (node ? [node] : []);
    node = options.map((o) => (/^\d+$/.test(key) ? o.items : o.properties?.[key])).find(Boolean);
  }
  return node;
}

/**
 * Every leaf of the valid body, with its kind: free text (a string with no enum, format or
 * pattern), a date, a number, or other. Read from the value, so fields of untyped arrays (the
 * directory import's records) are found too.
 */
export function leaves(value: unknown, schema: JsonSchema | undefined, path: string[] = []): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, schema, [...path, String(i)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, schema, [...path, k]));
  if (!path.length) return [];
  const node = schemaAt(schema, path);
  const options = node?.anyOf ?? node?.oneOf ?? (node ? [node] : []);
  const constrained = options.some((o) => o.enum || o.const !== undefined || o.format || o.pattern);
  if (typeof value === 'number') return [{ path, kind: 'number' }];
  if (typeof value !== 'string') return [{ path, kind: 'other' }];
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return [{ path, kind: 'datetime' }];
  if (/^\d{4}-\d{2}-\d{2}/.test(value) || /\d{2}\/\d{2}\/\d{4}/.test(value)) return [{ path, kind: 'date' }];
  return [{ path, kind: constrained ? 'other' : 'text' }];
}

export function setPath(target: unknown, path: string[], value: unknown): unknown {
  const root = structuredClone(target ?? {}) as Record<string, unknown>;
  let node: Record<string, unknown> = root;
  path.forEach((key, i) => {
    if (i === path.length - 1) node[key] = value;
    else {
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = key === '0' ? [] : {};
      node = node[key] as Record<string, unknown>;
    }
  });
  return root;
}

export const short = (v: unknown) => {
  const s = typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  return s.length > 60 ? `${s.slice(0, 60)}…(${s.length})` : s;
};
/** Encodes like encodeURIComponent, but lone surrogates go out as their raw UTF-8 bytes. */
export const encode = (s: string) =>
  [...s]
    .map((ch) => {
      try {
        return encodeURIComponent(ch);
      } catch {
        const c = ch.charCodeAt(0);
        return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)]
          .map((b) => `%${b.toString(16)}`)
          .join('');
      }
    })
    .join('');

/** Raw query values sent unencoded: broken percent-escapes. */
export const RAW_QUERY = ['%', '%00', '%zz', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '%FF', '%%%'];
