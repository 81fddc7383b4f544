import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { OUTCOMES, SITUATION_KINDS, STEP_KINDS } from '../../../domain/situations/situation.taxonomies';
import { login } from '../../test/helpers';
import { useWorld } from '../../test/world';
import { situationSteps, situations } from '../db/schema';
import { DEMO_DOMAIN, DEMO_PASSWORD, loadDemo } from './demo';

describe('demo situations', () => {
  const { t, d: demo } = useWorld(loadDemo);

  it('covers a year of every kind, step and outcome, with overdue follow-ups', async () => {
    const rows = await t.db.select().from(situations).where(eq(situations.structureId, demo.structureId));
    expect(rows.length).toBe(60);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(SITUATION_KINDS));
    expect(new Set(rows.map((r) => r.outcome).filter(Boolean))).toEqual(new Set(OUTCOMES));
    const kinds = await t.db
      .selectDistinct({ kind: situationSteps.kind })
      .from(situationSteps)
      .where(eq(situationSteps.structureId, demo.structureId));
    expect(new Set(kinds.map((k) => k.kind))).toEqual(new Set(STEP_KINDS));
    const [open] = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(situations)
      .where(sql`${situations.structureId} = ${demo.structureId} and ${situations.status} <> 'cloturee'`);
    expect(open!.n).toBeGreaterThan(0);
  });

  it('is seen through the API by the coordinator, with the team load', async () => {
    const coord = await login(t.app, `coordination@${DEMO_DOMAIN}`, DEMO_PASSWORD);
    expect((await coord.get('/api/situations?ouvertes=false')).json().total).toBe(60);
    const load = (await coord.get('/api/situations/charge')).json() as Array<{ ouvertes: number }>;
    expect(load.reduce((n, l) => n + l.ouvertes, 0)).toBeGreaterThan(0);
    expect((await coord.get('/api/situations?enRetard=1')).json().total).toBeGreaterThan(0);
  });
});
