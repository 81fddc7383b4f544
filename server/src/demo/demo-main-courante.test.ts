import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp, login } from '../../test/helpers';
import { useWorld } from '../../test/world';
import { activites, observations } from '../db/schema';
import { DEMO_DOMAIN, DEMO_PASSWORD, loadDemo } from './demo';

describe('demo main courante', () => {
  const { t, d: demo } = useWorld(loadDemo);

  const byMonth = async () => {
    const rows = await t.db
      .select({
        month: sql<number>`extract(month from ${activites.debut} at time zone 'Europe/Paris')::int`,
        n: sql<number>`count(*)::int`,
        soirees: sql<number>`count(*) filter (where ${activites.creneau} = 'soiree')::int`,
      })
      .from(activites)
      .where(eq(activites.structureId, demo.structureId))
      .groupBy(sql`1`);
    return new Map(rows.map((r) => [r.month, r]));
  };

  it('spans a year with seasons: busy June, quiet August; evenings and week-ends', async () => {
    const months = await byMonth();
    expect(months.size).toBeGreaterThanOrEqual(12);
    const [june, august] = [months.get(6)!, months.get(8)!];
    expect(june.n).toBeGreaterThan(august.n * 1.5);
    const slots = await t.db
      .select({ creneau: activites.creneau, n: sql<number>`count(*)::int` })
      .from(activites)
      .where(eq(activites.structureId, demo.structureId))
      .groupBy(activites.creneau);
    const bySlot = Object.fromEntries(slots.map((s) => [s.creneau, s.n]));
    expect(bySlot.jour).toBeGreaterThan(500);
    expect(bySlot.soiree).toBeGreaterThan(200);
    expect(bySlot.week_end).toBeGreaterThan(50);
    const [after] = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(activites)
      .where(
        sql`${activites.structureId} = ${demo.structureId} and (${activites.fin} at time zone 'Europe/Paris')::date > (${activites.debut} at time zone 'Europe/Paris')::date`,
      );
    expect(after!.n).toBeGreaterThan(0);
  });

  it('gives each mediator their own rhythm, and the coordinator a review queue', async () => {
    const rhythm = await t.db.execute(sql`
      select u.email, count(*) filter (where a.creneau = 'soiree')::int as soirees,
        count(*) filter (where a.creneau = 'jour')::int as jours,
        count(*) filter (where extract(dow from a.debut at time zone 'Europe/Paris') = 6)::int as samedis
      from activites a join activite_mediateurs m on m.activite_id = a.id join users u on u.id = m.user_id
      where a.structure_id = ${demo.structureId} group by u.email order by u.email`);
    const rows = (
      rhythm as unknown as { rows: Array<{ email: string; soirees: number; jours: number; samedis: number }> }
    ).rows;
    const of = (n: number) => rows.find((r) => r.email === `mediation${n}@${DEMO_DOMAIN}`)!;
    expect(of(1)).toMatchObject({ soirees: 0, samedis: 0 });
    expect(of(1).jours).toBeGreaterThan(150);
    expect(of(2).soirees).toBeGreaterThan(40);
    expect(of(2).samedis).toBeGreaterThan(20);
    const med = await login(t.app, `mediation2@${DEMO_DOMAIN}`, DEMO_PASSWORD);
    expect((await med.get('/api/activites/derniere-tournee')).json().territoireId).not.toBeNull();
    const coord = await login(t.app, `coordination@${DEMO_DOMAIN}`, DEMO_PASSWORD);
    const all = (await coord.get('/api/activites?parPage=1')).json();
    expect(all.totaux.contacts).toBeGreaterThan(all.total * 3);
    expect((await coord.get('/api/activites?statut=a_revoir&parPage=1')).json().total).toBeGreaterThan(10);
    expect((await coord.get('/api/activites?statut=a_corriger&parPage=1')).json().total).toBeGreaterThan(0);
    expect((await coord.get('/api/observations?nonTraitees=true')).json().total).toBeGreaterThan(0);
    const obs = await t.db.select().from(observations).where(eq(observations.structureId, demo.structureId));
    expect(obs.length).toBeGreaterThan(20);
  });

  it('tells the same story on another database (seeded)', async () => {
    const other = await createTestApp();
    try {
      await loadDemo(other.db);
      const [a, b] = await Promise.all([
        t.db
          .select({ n: sql<number>`count(*)::int`, d: sql<number>`sum(${activites.dureeMinutes})::int` })
          .from(activites),
        other.db
          .select({ n: sql<number>`count(*)::int`, d: sql<number>`sum(${activites.dureeMinutes})::int` })
          .from(activites),
      ]);
      expect(b).toEqual(a);
    } finally {
      await other.close();
    }
  });
});
