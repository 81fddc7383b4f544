/** Retention (issue 16, part 1): what the periods say to forget goes; the figures do not move. */
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login } from '../../../test/helpers';
import { useTestApp } from '../../../test/world';
import { auditLog, personnes, type signalementPhotos, situations, structures } from '../../db/schema';
import { DEMO_DOMAIN, DEMO_PASSWORD, loadDemo } from '../../demo/demo';
import { ANONYME, purger } from './conservation.job';

const count = async (
  db: ReturnType<typeof useTestApp>['db'],
  table: typeof personnes | typeof signalementPhotos,
) => (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

describe('retention purge', () => {
  const t = useTestApp();

  it('forgets on schedule, counts the same in a dry run, and leaves the report and the bilan unchanged', async () => {
    const { structureId } = await loadDemo(t.db);
    const coord = await login(t.app, `coordination@${DEMO_DOMAIN}`, DEMO_PASSWORD);
    const direction = await login(t.app, `direction@${DEMO_DOMAIN}`, DEMO_PASSWORD);
    const year = new Date().getUTCFullYear();
    const reports = async () => ({
      activite: (await coord.get(`/api/rapports/activite?du=${year - 1}-01-01&au=${year}-12-31`)).json(),
      bilan: (await direction.get(`/api/rapports/activite?du=${year}-01-01&au=${year}-12-31`)).json(),
    });
    const before = await reports();
    expect(await count(t.db, personnes)).toBeGreaterThan(0);

    // Three years on: every period has run out.
    const later = new Date(Date.UTC(year + 3, 5, 1));
    const dry = await purger(t.db, later, { dryRun: true });
    expect(dry.ran).toBe(true);
    const planned = dry.ran ? dry.structures.find((s) => s.structureId === structureId)! : null;
    expect(planned?.personnes).toBeGreaterThan(0);
    expect(planned?.situations).toBeGreaterThan(0);
    expect(await count(t.db, personnes)).toBeGreaterThan(0); // a dry run changes nothing

    const done = await purger(t.db, later);
    const actual = done.ran ? done.structures.find((s) => s.structureId === structureId)! : null;
    expect(actual).toEqual(planned);
    // Only the persons of a situation still open are kept (a legal hold).
    const unheld = await t.db.execute(sql`
      select count(*)::int as n from personnes p
      where p.structure_id = ${structureId} and not exists (
        select 1 from situation_parties sp join situations s on s.id = sp.situation_id
        where sp.personne_id = p.id and s.status <> 'cloturee')`);
    expect((unheld as unknown as { rows: Array<{ n: number }> }).rows[0]?.n).toBe(0);
    const closed = await t.db
      .select({ description: situations.description })
      .from(situations)
      .where(sql`${situations.structureId} = ${structureId} and ${situations.status} = 'cloturee'`);
    expect(closed.every((s) => s.description === ANONYME)).toBe(true);
    const [audit] = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(sql`${auditLog.structureId} = ${structureId} and ${auditLog.entityType} = 'conservation'`);
    expect(audit!.n).toBe(1);

    // Sessions ran out too: sign in again, then read the same figures.
    const coord2 = await login(t.app, `coordination@${DEMO_DOMAIN}`, DEMO_PASSWORD);
    const direction2 = await login(t.app, `direction@${DEMO_DOMAIN}`, DEMO_PASSWORD);
    const after = {
      activite: (await coord2.get(`/api/rapports/activite?du=${year - 1}-01-01&au=${year}-12-31`)).json(),
      bilan: (await direction2.get(`/api/rapports/activite?du=${year}-01-01&au=${year}-12-31`)).json(),
    };
    expect(after).toEqual(before);

    const again = await purger(t.db, later);
    expect(again.ran && again.structures.find((s) => s.structureId === structureId)).toMatchObject({
      personnes: 0,
      situations: 0,
      photos: 0,
      auditLectures: 0,
    });
  });
});
