/**
 * fast-check arbitraries of hostile requests for one route: its valid request (route-inputs.ts)
 * with a field, the whole body, a query parameter or a path parameter replaced by junk.
 */
import fc from 'fast-check';
import type { DatasetIds } from './access-dataset';
import {
  DATE_ATOMS,
  encode,
  HUGE,
  hostileValue,
  type Leaf,
  leaves,
  NUMBER_ATOMS,
  RAW_BODIES,
  RAW_QUERY,
  setPath,
  short,
  TEXT_ATOMS,
} from './hostile-values';
import { type RouteRequest, validBody, validQuery, validRequest } from './route-inputs';
import { fillPath, pathParams, type WalkedRoute } from './route-walker';

export interface HostileCase {
  request: RouteRequest;
  /** Short, printable description of what was broken. */
  what: string;
}

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
    every('datetime', DATE_ATOMS, 2, ['0000-01-01T00:00:00Z', '+099999-01-01T00:00:00Z']);
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
    only?: string[],
  ): HostileCase => {
    const targets = only ?? (name === '*' ? (declared.length ? declared : ['q']) : [name]);
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
      what: `query ${how} ${only ? only.join(', ') : name === '*' ? 'every parameter' : name}=${how === 'raw' ? rawValue : short(text)}`,
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
  // The sweep sets all parameters of a kind at once: a code list given a text would answer 400
  // before a free-text parameter reaches the database.
  const ofKind = (kind: 'text' | 'date') =>
    route.query
      .filter((q) => {
        const options = q.schema.anyOf ?? [q.schema];
        if (options.some((o) => o.enum || o.const !== undefined)) return false;
        const date = options.some((o) => o.format?.startsWith('date') || o.pattern?.includes('\\d{4}'));
        return kind === 'date'
          ? date
          : !date && options.some((o) => o.type === 'string' && !o.format && !o.pattern);
      })
      .map((q) => q.name);
  const texts = ofKind('text');
  const dates = ofKind('date');
  if (texts.length)
    edges.push(
      makeQuery('*', 'a\u0000b', 'encoded', undefined, texts),
      makeQuery('*', '\ud800x', 'encoded', undefined, texts),
      makeQuery('*', '', 'raw', '%00', texts),
    );
  if (dates.length)
    edges.push(
      makeQuery('*', '0000-01-01', 'encoded', undefined, dates),
      makeQuery('*', '99999-12-31', 'encoded', undefined, dates),
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
