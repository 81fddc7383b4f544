/**
 * ADR 020: after a bulk write the planner has statistics, and every list reads through an index.
 * A large history is loaded (two structures, three years), a CSV import runs (which refreshes the
 * statistics), then each list request of LISTS is replayed: every SELECT it sent is EXPLAINed and
 * must not scan its large tables sequentially. One row per list query: extend LISTS as lists come.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test/helpers';
import { buildStructure, buildTerritoire, buildUser } from '../factories/factories';
import {
  buildMainCouranteStructure,
  HEADER,
  postCsv,
} from '../features/main-courante/main-courante.factories';

type Fixture = Awaited<ReturnType<typeof buildMainCouranteStructure>>;
interface ListCase {
  name: string;
  url: (s: Fixture) => string;
  /** Tables that must never be read by a sequential scan for this list. */
  large: string[];
}

const MONTH = 'du=2025-11-01&au=2025-11-30';
const LISTS: ListCase[] = [
  {
    name: 'main courante, one month',
    url: () => `/api/activites?${MONTH}`,
    large: ['activites', 'contacts'],
  },
  {
    name: 'main courante, one month, far page',
    url: () => `/api/activites?${MONTH}&page=4&parPage=20`,
    large: ['activites', 'contacts'],
  },
  {
    name: 'main courante, one month, one QPV',
    url: () => `/api/activites?${MONTH}&qpv=QN01342I`,
    large: ['activites', 'contacts'],
  },
  {
    name: 'main courante, one month, one territory',
    url: (s) => `/api/activites?${MONTH}&territoireId=${s.fraisVallon.id}`,
    large: ['activites', 'contacts'],
  },
  {
    name: 'main courante, one month, to review',
    url: () => `/api/activites?${MONTH}&statut=a_revoir`,
    large: ['activites', 'contacts'],
  },
];

const ACTIVITIES_PER_STRUCTURE = 12_000;
const CONTACTS_PER_ACTIVITY = 3;

/** Three years of history, loaded set-based (no statistics gathered by it). */
async function loadHistory(t: TestApp, structureId: string, territoryIds: string[], userId: string) {
  const terr = sql.raw(`array[${territoryIds.map((id) => `'${id}'::uuid`).join(',')}]`);
  await t.db.execute(sql`
    insert into activites (id, structure_id, territory_id, cadre, debut, fin, creneau, duree_minutes, source,
      statut_revue, created_by)
    select gen_random_uuid(), ${structureId}::uuid, (${terr})[1 + g % ${territoryIds.length}], 'tournee',
      timestamptz '2023-01-01 08:00Z' + (g * interval '131 minutes'),
      timestamptz '2023-01-01 09:00Z' + (g * interval '131 minutes'), 'matin', 60, 'saisie',
      case when g % 10 = 0 then 'a_revoir' else 'validee' end, ${userId}::uuid
    from generate_series(1, ${ACTIVITIES_PER_STRUCTURE}) g`);
  await t.db.execute(sql`
    insert into contacts (id, structure_id, activite_id, nature, nb_personnes, public, genre, created_by)
    select gen_random_uuid(), a.structure_id, a.id, 'ecoute', 1 + k, 'adulte', 'femme', a.created_by
    from activites a cross join generate_series(1, ${CONTACTS_PER_ACTIVITY}) k
    where a.structure_id = ${structureId}::uuid`);
}

type Captured = { text: string; params: unknown[] };
type QueryFn = (...args: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>;

/** Records every statement sent through the driver while `fn` runs. */
async function capture(t: TestApp, fn: () => Promise<unknown>): Promise<Captured[]> {
  const client = (t.db as unknown as { $client: { query: QueryFn } }).$client;
  const original = client.query;
  const seen: Captured[] = [];
  client.query = function (this: unknown, ...args: unknown[]) {
    const [first, second] = args;
    if (typeof first === 'string') seen.push({ text: first, params: (second as unknown[]) ?? [] });
    else if (first && typeof first === 'object' && 'text' in first) {
      const q = first as { text: string; values?: unknown[] };
      seen.push({ text: q.text, params: q.values ?? (second as unknown[]) ?? [] });
    }
    return original.apply(this, args);
  } as QueryFn;
  try {
    await fn();
  } finally {
    client.query = original;
  }
  return seen.filter((q) => /^\s*(with|select)\b/i.test(q.text));
}

async function explain(t: TestApp, q: Captured): Promise<string> {
  const client = (t.db as unknown as { $client: { query: QueryFn } }).$client;
  const res = await client.query(`explain ${q.text}`, q.params);
  return res.rows.map((r) => String(Object.values(r)[0])).join('\n');
}

describe('list plans after a bulk import', () => {
  let t: TestApp;
  let s: Fixture;
  let coord: Session;
  beforeAll(async () => {
    t = await createTestApp();
    s = await buildMainCouranteStructure(t.db);
    const other = await buildStructure(t.db);
    const otherTerritory = await buildTerritoire(t.db, { structureId: other.id, qpvCode: 'QN01342I' });
    const otherUser = await buildUser(t.db, { structureId: other.id });
    await loadHistory(t, other.id, [otherTerritory.id], otherUser.id);
    await loadHistory(t, s.structureId, [s.malpasse.id, s.fraisVallon.id], s.med1.id);
    coord = await login(t.app, s.coord.email);
    const rows = [HEADER];
    for (let i = 0; i < 40; i++) {
      rows.push(
        `2025-11-${String(1 + (i % 28)).padStart(2, '0')};10:00;11:00;tournee;QN01342I;;${s.med1.email};ecoute;1;adulte;femme;`,
      );
    }
    const res = await postCsv(coord, rows.join('\n'));
    expect(res.statusCode).toBe(200);
  }, 120_000);
  afterAll(() => t.close());

  it('leaves the planner statistics of the imported tables fresh', async () => {
    const res = (await t.db.execute(
      sql`select c.relname as name, c.reltuples::float8 as estimate from pg_class c
          where c.relname in ('activites', 'contacts') and c.relkind = 'r'`,
    )) as unknown as { rows: Array<{ name: string; estimate: number }> };
    const expected = {
      activites: 2 * ACTIVITIES_PER_STRUCTURE,
      contacts: 2 * ACTIVITIES_PER_STRUCTURE * CONTACTS_PER_ACTIVITY,
    };
    for (const r of res.rows) {
      // -1 (never analysed) before; close to the real count after ANALYZE.
      expect(Number(r.estimate)).toBeGreaterThan(0.9 * expected[r.name as keyof typeof expected]);
    }
    expect(res.rows).toHaveLength(2);
  });

  it.each(LISTS)('$name: no sequential scan of its large tables', async (list) => {
    let status = 0;
    const queries = await capture(t, async () => {
      status = (await coord.get(list.url(s))).statusCode;
    });
    expect(status).toBe(200);
    expect(queries.length).toBeGreaterThan(0);
    for (const q of queries) {
      const plan = await explain(t, q);
      for (const table of list.large) {
        expect(plan, `${q.text}\n${plan}`).not.toMatch(new RegExp(`Seq Scan on ${table}\\b`));
      }
    }
  });
});
