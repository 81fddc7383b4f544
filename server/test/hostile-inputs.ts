/**
 * fast-check arbitraries of hostile requests for one route: its valid request (route-inputs.ts)
 * with a field, the whole body, a query parameter or a path parameter replaced by junk.
 */
import fc from 'fast-check';
import type { DatasetIds } from './access-dataset';
import { type RouteRequest, validBody, validQuery, validRequest } from './route-inputs';
import { fillPath, type JsonSchema, pathParams, type WalkedRoute } from './route-walker';

const HUGE = 'x'.repeat(100_000);
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
const TEXT_ATOMS = [
  'a\u0000b',
  '\ud800x',
  'x\udfff',
  '\u0001\u0007\u001b\u007f',
  HUGE,
  '',
  '   ',
  '🙂\u202e\u200b',
];
const DATE_ATOMS = [
  '0000-01-01',
  '99999-12-31',
  '0000-01-01T00:00:00Z',
  '+099999-01-01T00:00:00Z',
  '2026-02-30',
  '00/00/0000',
];
const NUMBER_ATOMS = [-1, 0, -1e308, 1e308, 2 ** 53 + 1, 0.000001, '12', null];

/** One hostile JSON value. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })) },
  { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 5 }), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Raw bodies that are not the JSON a route expects, whatever its schema. */
const RAW_BODIES: Array<{ type: string; payload: string | Buffer }> = [
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

type Leaf = { path: string[]; kind: 'text' | 'date' | 'number' | 'other' };

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
function leaves(value: unknown, schema: JsonSchema | undefined, path: string[] = []): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, schema, [...path, String(i)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, schema, [...path, k]));
  if (!path.length) return [];
  const node = schemaAt(schema, path);
  const options = node?.anyOf ?? node?.oneOf ?? (node ? [node] : []);
  const constrained = options.some((o) => o.enum || o.const !== undefined || o.format || o.pattern);
  if (typeof value === 'number') return [{ path, kind: 'number' }];
  if (typeof value !== 'string') return [{ path, kind: 'other' }];
  if (/^\d{4}-\d{2}-\d{2}/.test(value) || /\d{2}\/\d{2}\/\d{4}/.test(value)) return [{ path, kind: 'date' }];
  return [{ path, kind: constrained ? 'other' : 'text' }];
}

function setPath(target: unknown, path: string[], value: unknown): unknown {
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

export interface HostileCase {
  request: RouteRequest;
  /** Short, printable description of what was broken. */
  what: string;
}

const short = (v: unknown) => {
  const s = typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  return s.length > 60 ? `${s.slice(0, 60)}…(${s.length})` : s;
};
/** Encodes like encodeURIComponent, but lone surrogates go out as their raw UTF-8 bytes. */
const encode = (s: string) =>
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
const RAW_QUERY = ['%', '%00', '%zz', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '%FF', '%%%'];

/**
 * The hostile inputs of one route: `sweep`, a fixed list that tries each class the probe of
 * issue 18 found on every field and parameter it applies to (each hostile text on every free
 * text, year 0 and 99999 on every date, NUL, lone surrogate and year 0 in every query
 * parameter); `random`, the fast-check arbitrary of every kind of breakage.
 */
export function hostileInputs(
  route: WalkedRoute,
  ids: DatasetIds,
): { sweep: HostileCase[]; random: fc.Arbitrary<HostileCase> } {
  const valid = validRequest(route, ids);
  const body = validBody(route, ids);
  const baseQuery = validQuery(route, ids);
  const withQuery = (q: string) => `${fillPath(route, ids)}?${q}`;
  const json = (payload: unknown) => ({
    ...valid,
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(payload),
  });
  const parsed =
    body?.type === 'application/json'
      ? JSON.parse(String(body.payload))
      : body?.type === 'application/x-www-form-urlencoded'
        ? Object.fromEntries(new URLSearchParams(String(body.payload)))
        : {};
  const all = leaves(parsed, route.body);
  const cases: Array<{ weight: number; arbitrary: fc.Arbitrary<HostileCase> }> = [];
  /** Every leaf of a kind set to the same hostile value: one input tries them all. */
  const edges: HostileCase[] = [];
  const every = (kind: Leaf['kind'], atoms: unknown[], weight: number, sweep: unknown[]) => {
    const paths = all.filter((l) => l.kind === kind).map((l) => l.path);
    if (!paths.length) return;
    const make = (v: unknown) => ({
      request: json(paths.reduce((b, p) => setPath(b, p, v), parsed)),
      what: `body every ${kind} field (${paths.map((p) => p.join('.')).join(', ')})=${short(v)}`,
    });
    cases.push({ weight, arbitrary: fc.constantFrom(...atoms).map(make) });
    edges.push(...sweep.map(make));
  };

  if (route.method !== 'GET') {
    every('text', TEXT_ATOMS, 4, TEXT_ATOMS);
    if (body?.type.startsWith('text/csv')) {
      const [header, line] = String(body.payload).split('\n');
      const make = ([v, col, allCells]: [string, number, boolean]) => {
        const cells = line!.split(';').map((c, i) => (allCells || i === col ? v : c));
        return {
          request: { ...valid, payload: `${header}\n${cells.join(';')}\n` },
          what: `csv ${allCells ? 'every cell' : `column ${col}`}=${short(v)}`,
        };
      };
      cases.push({
        weight: 4,
        arbitrary: fc
          .tuple(fc.constantFrom(...TEXT_ATOMS, ...DATE_ATOMS), fc.nat({ max: 11 }), fc.boolean())
          .map(make),
      });
      edges.push(make(['\ud800x', 0, true]), make(['a\u0000b', 0, true]));
    }
    every('date', DATE_ATOMS, 2, ['0000-01-01', '99999-12-31']);
    every('number', NUMBER_ATOMS, 2, []);
    const paths = [
      ...new Set([...all.map((l) => l.path.join('\u0001')), ...Object.keys(route.body?.properties ?? {})]),
    ].map((p) => p.split('\u0001'));
    if (paths.length)
      cases.push({
        weight: 4,
        arbitrary: fc
          .array(fc.tuple(fc.constantFrom(...paths), hostileValue), { minLength: 1, maxLength: 3 })
          .map((changes) => ({
            request: json(changes.reduce((b, [p, v]) => setPath(b, p, v), parsed)),
            what: `body ${changes.map(([p, v]) => `${p.join('.')}=${short(v)}`).join(', ')}`,
          })),
      });
    cases.push({
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom('extra', '__proto__', 'constructor', 'id', 'structureId', 'role'),
          hostileValue,
        )
        .map(([k, v]) => ({ request: json({ ...parsed, [k]: v }), what: `body extra key ${k}=${short(v)}` })),
    });
    cases.push({
      weight: 2,
      arbitrary: fc.oneof(
        fc.constantFrom(...RAW_BODIES).map((raw) => ({
          request: { ...valid, headers: { 'content-type': raw.type }, payload: raw.payload },
          what: `raw body ${raw.type} ${short(String(raw.payload))}`,
        })),
        hostileValue.map((v) => ({ request: json(v), what: `whole body ${short(v)}` })),
        fc.uint8Array({ maxLength: 2000 }).map((bytes) => ({
          request: {
            ...valid,
            headers: { 'content-type': body?.type ?? 'application/json' },
            payload: Buffer.from(bytes),
          },
          what: `random bytes as ${body?.type ?? 'application/json'} (${bytes.length})`,
        })),
      ),
    });
  }

  const declared = route.query.map((q) => q.name);
  const names = [...declared, 'inconnu', 'q'];
  const queryValue = fc.oneof(
    fc.constantFrom(...TEXT_ATOMS.filter((t) => t !== HUGE), ...DATE_ATOMS),
    hostileValue,
  );
  const makeQuery = (
    name: string,
    v: unknown,
    how: 'encoded' | 'raw' | 'repeated',
    raw?: string,
  ): HostileCase => {
    const targets = name === '*' ? (declared.length ? declared : ['q']) : [name];
    const q = new URLSearchParams(baseQuery);
    for (const n of targets) q.delete(n);
    const text = typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
    const rawValue = raw ?? RAW_QUERY[text.length % RAW_QUERY.length]!;
    const one = (n: string) =>
      how === 'raw'
        ? `${n}=${rawValue}`
        : how === 'repeated'
          ? `${n}=${encode(text)}&${n}=${encode(text)}`
          : `${n}=${encode(text)}`;
    const rest = q.toString();
    const extra = targets.map(one).join('&');
    return {
      request: { ...valid, url: withQuery(rest ? `${rest}&${extra}` : extra) },
      what: `query ${how} ${name === '*' ? 'every parameter' : name}=${how === 'raw' ? rawValue : short(text)}`,
    };
  };
  cases.push({
    weight: declared.length ? 4 : 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...names, '*'),
        queryValue,
        fc.constantFrom('encoded' as const, 'raw' as const, 'repeated' as const),
      )
      .map(([name, v, how]) => makeQuery(name, v, how)),
  });
  if (declared.length)
    edges.push(
      makeQuery('*', 'a\u0000b', 'encoded'),
      makeQuery('*', '\ud800x', 'encoded'),
      makeQuery('*', '0000-01-01', 'encoded'),
      makeQuery('*', '', 'raw', '%00'),
    );

  const params = pathParams(route);
  if (params.length)
    cases.push({
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...params),
          fc.constantFrom(
            '%',
            '%00',
            '%ED%A0%80',
            'x'.repeat(5000),
            '..',
            '00000000-0000-0000-0000-000000000000',
            '1e3',
            '-1',
            encode('\u0000'),
          ),
        )
        .map(([name, raw]) => ({
          request: {
            ...valid,
            url:
              fillPath(route, ids, { [name]: raw }) +
              (valid.url.includes('?') ? `?${valid.url.split('?')[1]}` : ''),
          },
          what: `path {${name}}=${short(raw)}`,
        })),
    });
  return { sweep: edges, random: fc.oneof(...cases) };
}
