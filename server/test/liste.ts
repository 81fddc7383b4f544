/** One shared check of the list contract (docs/listes.md), used by every paginated endpoint's tests. */
import { expect } from 'vitest';
import { buildStructure, buildTerritoire } from '../src/factories/factories';
import type { Session, TestApp } from './helpers';

type Item = { id: string };

/**
 * The common ground of the list-contract tests, in the app `t`: its clock set on 2026-06-15
 * 10:00 UTC, one structure and two of its territories (Malpassé QN01342I, Frais-Vallon QN01344M).
 */
export async function listSite(t: TestApp) {
  t.clock.now = new Date('2026-06-15T10:00:00Z');
  const structureId = (await buildStructure(t.db)).id;
  const malpasse = (await buildTerritoire(t.db, { structureId, qpvCode: 'QN01342I' })).id;
  const fv = (await buildTerritoire(t.db, { structureId, qpvCode: 'QN01344M' })).id;
  return { structureId, malpasse, fv };
}

/** `path` with `params` added to its query string (keeps the filters already there). */
export function withQuery(path: string, params: Record<string, string | number>): string {
  const [base, query] = path.split('?');
  const search = new URLSearchParams(query);
  for (const [k, v] of Object.entries(params)) search.set(k, String(v));
  return `${base}?${search.toString()}`;
}

/**
 * Checks the contract on `path` for `session` and returns every item in list order:
 * - a too large `parPage` and a `page` 0 answer a French 400 naming the field;
 * - the default page is 1 of 50;
 * - walking every page `parPage` at a time gives `total` items, no duplicate, no gap, the same
 *   order as one big page, and a page past the end is empty with the same total.
 */
export async function expectListContract<T extends Item>(
  session: Session,
  path: string,
  opts: { total: number; parPage?: number },
): Promise<T[]> {
  for (const [param, value] of [
    ['parPage', 201],
    ['parPage', 0],
    ['page', 0],
  ] as const) {
    const bad = await session.get(withQuery(path, { [param]: value }));
    expect(bad.statusCode, `${param}=${value}`).toBe(400);
    expect(bad.json().error.message).toMatch(new RegExp(`^Données invalides .*${param} : `));
    expect(bad.json().error.details).toEqual([expect.objectContaining({ champ: param })]);
  }

  const first = await session.get(path);
  expect(first.statusCode, first.body).toBe(200);
  expect(first.json()).toMatchObject({ total: opts.total, page: 1, parPage: 50 });

  const parPage = opts.parPage ?? 2;
  const walked: T[] = [];
  const pages = Math.max(1, Math.ceil(opts.total / parPage));
  for (let page = 1; page <= pages + 1; page++) {
    const res = await session.get(withQuery(path, { page, parPage }));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: T[]; total: number; page: number; parPage: number };
    expect({ total: body.total, page: body.page, parPage: body.parPage }).toEqual({
      total: opts.total,
      page,
      parPage,
    });
    const expected = page < pages ? parPage : page === pages ? opts.total - (pages - 1) * parPage : 0;
    expect(body.items, `page ${page}`).toHaveLength(Math.max(0, expected));
    walked.push(...body.items);
  }
  const ids = walked.map((i) => i.id);
  expect(new Set(ids).size, 'no duplicate across pages').toBe(ids.length);
  const whole = (await session.get(withQuery(path, { page: 1, parPage: 200 }))).json() as { items: T[] };
  if (opts.total <= 200) expect(ids, 'same order as one page').toEqual(whole.items.map((i) => i.id));
  return walked;
}

/** Ids of one page of `path` (default first page of 200), for filter and scope checks. */
export async function listIds(session: Session, path: string): Promise<string[]> {
  const res = await session.get(path.includes('parPage') ? path : withQuery(path, { parPage: 200 }));
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as Item[]).map((i) => i.id);
}

/**
 * A list that opens on its open items: `path` pages exactly `open` (any order); with
 * `${o.all}=false` it pages them plus the one closed item, which `path?${o.closedQuery}` lists alone.
 */
export async function expectOpensOnOpen(
  session: Session,
  path: string,
  open: string[],
  o: { all: string; parPage: number; closed: string; closedQuery: string },
): Promise<void> {
  const walked = await expectListContract(session, path, { total: open.length });
  expect(walked.map((i) => i.id).sort()).toEqual([...open].sort());
  await expectListContract(session, `${path}?${o.all}=false`, { total: open.length + 1, parPage: o.parPage });
  expect(await listIds(session, `${path}?${o.closedQuery}`)).toEqual([o.closed]);
}
