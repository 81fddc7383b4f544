/**
 * ADR 020: after a bulk write the planner has statistics, and every list reads through an index.
 * A large history is loaded (two structures, three years: main courante and every casework table,
 * the other structure holding most rows as on a shared PostgreSQL), the rest of the schema is
 * analysed, and a CSV import runs (which refreshes the statistics of its own tables). Then
 * each list request of LISTS is replayed through the app: every SELECT it sent (in a transaction
 * too) is captured from the Drizzle session, EXPLAINed, and must not scan its large tables
 * sequentially. One row per list query: a new list endpoint adds its rows here.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test/helpers';
import {
  buildLieu,
  buildPartenaire,
  buildStructure,
  buildTerritoire,
  buildUser,
} from '../factories/factories';
import {
  buildMainCouranteStructure,
  HEADER,
  postCsv,
} from '../features/main-courante/main-courante.factories';
import {
  ACTIVITIES_PER_STRUCTURE,
  CONTACTS_PER_ACTIVITY,
  loadListCasework,
  loadMainCouranteHistory,
} from './list-plans.dataset';
import { ALL_TABLES, analyzeAfterBulkWrite } from './maintenance';

type Fixture = Awaited<ReturnType<typeof buildMainCouranteStructure>>;
type Reader = 'coord' | 'direction' | 'partenaire';
interface ListCase {
  name: string;
  url: (s: Fixture) => string;
  /** Tables that must never be read by a sequential scan for this list. */
  large: string[];
  /** Who asks (default: the coordinator). */
  as?: Reader;
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
  { name: 'observations to treat', url: () => '/api/observations', large: ['observations', 'activites'] },
  // Asking for every observation ever made counts them all: joining each to its activity, the
  // planner may rightly hash the structure's activities instead of looking each one up.
  { name: 'observations, all', url: () => '/api/observations?nonTraitees=false', large: ['observations'] },
  { name: 'signalements, open', url: () => '/api/signalements', large: ['signalements'] },
  {
    name: 'signalements, all, far page',
    url: () => '/api/signalements?ouverts=false&page=5&parPage=20',
    large: ['signalements'],
  },
  {
    name: 'signalements, one territory',
    url: (s) => `/api/signalements?ouverts=false&territoireId=${s.fraisVallon.id}`,
    large: ['signalements'],
  },
  {
    name: 'signalements, partner portal',
    url: () => '/api/signalements',
    large: ['signalements'],
    as: 'partenaire',
  },
  {
    name: 'diagnostics',
    url: () => '/api/signalements/diagnostics',
    large: ['diagnostics_marchants', 'signalements'],
  },
  { name: 'demandes, last 30 days', url: () => '/api/demandes', large: ['demandes', 'personnes'] },
  {
    name: 'demandes, one year, one territory',
    url: (s) => `/api/demandes?du=2025-01-01&au=2025-12-31&territoireId=${s.malpasse.id}`,
    large: ['demandes'],
  },
  {
    name: 'orientations, open',
    url: () => '/api/orientations',
    large: ['orientations', 'demandes', 'personnes'],
  },
  {
    name: 'orientations, all, far page',
    url: () => '/api/orientations?ouvertes=false&page=5&parPage=20',
    large: ['orientations', 'demandes', 'personnes'],
  },
  {
    name: 'orientations, partner portal',
    url: () => '/api/orientations',
    large: ['orientations', 'demandes', 'personnes'],
    as: 'partenaire',
  },
  { name: 'personnes', url: () => '/api/personnes', large: ['personnes'] },
  { name: 'personnes, far page', url: () => '/api/personnes?page=5&parPage=20', large: ['personnes'] },
  { name: 'situations, open', url: () => '/api/situations', large: ['situations'] },
  {
    name: 'situations, all, one year',
    url: () => '/api/situations?ouvertes=false&du=2025-01-01&au=2025-12-31',
    large: ['situations'],
  },
  {
    name: 'situations, partner portal',
    url: () => '/api/situations',
    large: ['situations'],
    as: 'partenaire',
  },
  {
    name: 'declarations of impartiality',
    url: () => '/api/declarations-impartialite',
    large: ['mediator_links'],
  },
  { name: 'journal, last 30 days', url: () => '/api/journal', large: ['audit_log'], as: 'direction' },
  { name: 'conventions', url: () => '/api/conventions', large: ['conventions'] },
  {
    name: 'consent register',
    url: () => '/api/consentements?du=2025-01-01&au=2025-12-31',
    large: ['consentements', 'personnes'],
    as: 'direction',
  },
  { name: 'actions, default period', url: () => '/api/actions', large: ['actions'] },
  {
    name: 'actions, one year, one territory',
    url: (s) => `/api/actions?du=2025-01-01&au=2025-12-31&territoireId=${s.malpasse.id}`,
    large: ['actions'],
  },
  { name: 'projets, open', url: () => '/api/projets', large: ['projets'] },
  {
    name: 'projets, all, far page',
    url: () => '/api/projets?ouverts=false&page=5&parPage=20',
    large: ['projets'],
  },
  { name: 'directory services', url: () => '/api/annuaire/services', large: ['annuaire_services'] },
  {
    name: 'directory services, far page',
    url: () => '/api/annuaire/services?page=5&parPage=20',
    large: ['annuaire_services'],
  },
];

/** Casework rows of the structure read, and of the other structure (most of each table). */
const CASEWORK_OURS = 1_000;
const CASEWORK_OTHER = 6_000;

type Captured = { text: string; params: unknown[] };
type QueryFn = (...args: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>;
type Logger = { logQuery(query: string, params: unknown[]): void };
type Session_ = { logger: Logger; options: { logger?: Logger } };

/**
 * Records every statement the app sends while `fn` runs, transactions included: the Drizzle
 * session's logger, which every session of a transaction inherits, sees each query as sent.
 */
async function capture(t: TestApp, fn: () => Promise<unknown>): Promise<Captured[]> {
  const session = (t.db as unknown as { session: Session_ }).session;
  const seen: Captured[] = [];
  const original = { logger: session.logger, option: session.options.logger };
  const logger: Logger = { logQuery: (text, params) => seen.push({ text, params }) };
  session.logger = logger;
  session.options.logger = logger;
  try {
    await fn();
  } finally {
    session.logger = original.logger;
    session.options.logger = original.option;
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
  const readers = {} as Record<Reader, Session>;
  beforeAll(async () => {
    t = await createTestApp();
    s = await buildMainCouranteStructure(t.db);
    const other = await buildStructure(t.db);
    const otherTerritory = await buildTerritoire(t.db, { structureId: other.id, qpvCode: 'QN01342I' });
    const otherUser = await buildUser(t.db, { structureId: other.id });
    await loadMainCouranteHistory(t.db, other.id, [otherTerritory.id], otherUser.id);
    await loadMainCouranteHistory(t.db, s.structureId, [s.malpasse.id, s.fraisVallon.id], s.med1.id);

    const now = t.clock.now;
    const otherPartner = await buildPartenaire(t.db, { structureId: other.id });
    const otherPlace = await buildLieu(t.db, { structureId: other.id, territoryId: otherTerritory.id });
    await loadListCasework(
      t.db,
      {
        structureId: other.id,
        territoryIds: [otherTerritory.id],
        userId: otherUser.id,
        partnerId: otherPartner.id,
        placeId: otherPlace.id,
      },
      CASEWORK_OTHER,
      now,
    );
    const partner = await buildPartenaire(t.db, { structureId: s.structureId, kind: 'bailleur' });
    const owner = {
      structureId: s.structureId,
      territoryIds: [s.malpasse.id, s.fraisVallon.id],
      userId: s.med1.id,
      partnerId: partner.id,
      placeId: s.lieu.id,
    };
    await loadListCasework(t.db, owner, CASEWORK_OURS, now);
    // The rest of the schema has statistics, as after the nightly VACUUM ANALYZE; the import's own
    // tables get theirs from the import below (checked by the first test).
    await analyzeAfterBulkWrite(
      t.db,
      ALL_TABLES.filter((name) => !['activites', 'contacts', 'activite_mediateurs', 'places'].includes(name)),
    );

    const direction = await buildUser(t.db, { structureId: s.structureId, role: 'direction' });
    const partnerUser = await buildUser(t.db, {
      structureId: s.structureId,
      role: 'partenaire',
      partnerId: partner.id,
    });
    readers.coord = await login(t.app, s.coord.email);
    readers.direction = await login(t.app, direction.email);
    readers.partenaire = await login(t.app, partnerUser.email);
    const coord = readers.coord;
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
    let res: Awaited<ReturnType<Session['get']>> | undefined;
    const queries = await capture(t, async () => {
      res = await readers[list.as ?? 'coord'].get(list.url(s));
    });
    expect(res?.statusCode).toBe(200);
    // A page with rows: its page query (not only the count) was sent, and is checked below.
    expect(res?.json().items.length).toBeGreaterThan(0);
    // The main query of the list is among them: a read of its first large table.
    expect(queries.some((q) => new RegExp(`from "${list.large[0]}"`).test(q.text))).toBe(true);
    for (const q of queries) {
      const plan = await explain(t, q);
      for (const table of list.large) {
        expect(plan, `${q.text}\n${plan}`).not.toMatch(new RegExp(`Seq Scan on ${table}\\b`));
      }
    }
  });
});
