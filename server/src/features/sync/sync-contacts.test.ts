/**
 * A run of contacts in one batch is written as one lot (ADR 036): each entry keeps the answer its
 * route would give (a new one 201, a replay 200, a collision 409, a place elsewhere or a bad body
 * 400, a locked activity 423), stored and audited once, a refusal never undoing the others.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useWorld } from '../../../test/world';
import { auditLog, contacts } from '../../db/schema';
import { buildMainCouranteStructure, liveTourneeBody } from '../main-courante/main-courante.factories';

type Answer = { status: number; body: { id?: string; error?: { code: string; details?: unknown } } };
const contact = (extra: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  nature: 'ecoute',
  heure: '2026-03-10T14:20:00+01:00',
  ...extra,
});

describe('POST /api/sync: a run of contacts', () => {
  const { t, d, med, coord } = useWorld(buildMainCouranteStructure, {
    med: (w) => w.med1.email,
    coord: (w) => w.coord.email,
  });

  const start = async () => {
    t.clock.now = new Date('2026-03-10T14:30:00+01:00');
    const tournee = liveTourneeBody(d.malpasse.id, d.med1.id);
    expect((await med.post('/api/activites', tournee)).statusCode).toBe(201);
    return { tournee, path: `/api/activites/${tournee.id}/contacts` };
  };
  const sync = async (entrees: Array<{ path: string; body: unknown }>) => {
    const res = await med.post('/api/sync', { entrees: entrees.map((e) => ({ method: 'POST', ...e })) });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { resultats: Answer[] }).resultats;
  };

  it('answers each as its route would, and stores and audits each new one once', async () => {
    const { path } = await start();
    const other = await start();
    const elsewhere = contact();
    expect((await med.post(other.path, elsewhere)).statusCode).toBe(201);
    const fresh = contact({ nbPersonnes: 3, public: 'senior', genre: 'homme', lieuId: d.lieu.id });
    const twice = contact();
    const wrongPlace = contact({ lieuId: d.lieuFv.id });
    const answers = await sync([
      { path, body: fresh },
      { path, body: twice },
      { path, body: twice },
      { path, body: elsewhere },
      { path, body: wrongPlace },
      { path, body: { ...contact(), nature: 'inconnue' } },
    ]);
    expect(answers.map((a) => a.status)).toEqual([201, 201, 200, 409, 400, 400]);
    expect(answers[4]?.body.error?.details).toEqual([{ champ: 'lieuId', message: expect.any(String) }]);
    expect(answers[5]?.body.error?.code).toBe('validation');
    // The lot's answer is the single route's: a replay of the same contact alone gives the same body.
    const alone = await med.post(path, fresh);
    expect(alone.statusCode).toBe(200);
    expect(answers[0]?.body).toEqual(alone.json());
    expect(answers[2]?.body).toEqual(answers[1]?.body);

    const ids = [fresh.id, twice.id, wrongPlace.id];
    const stored = await t.db.select({ id: contacts.id }).from(contacts).where(inArray(contacts.id, ids));
    expect(stored.map((r) => r.id).sort()).toEqual([fresh.id, twice.id].sort());
    const audits = await t.db
      .select({ entityId: auditLog.entityId })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'contact'), inArray(auditLog.entityId, ids)));
    expect(audits.map((a) => a.entityId).sort()).toEqual([fresh.id, twice.id].sort());
    // A contact of the lot is audited as one noted alone: the same fields in its row.
    const single = contact({ nbPersonnes: 3, public: 'senior', genre: 'homme', lieuId: d.lieu.id });
    expect((await med.post(path, single)).statusCode).toBe(201);
    const diffOf = async (id: string) => {
      const [row] = await t.db
        .select({ diff: auditLog.diff })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'contact'), eq(auditLog.entityId, id)));
      return Object.keys((row?.diff ?? {}) as object).sort();
    };
    expect(await diffOf(fresh.id)).toEqual(await diffOf(single.id));

    // The whole run replayed (its answers lost): nothing new, each a 200 but the collision.
    const again = await sync([
      { path, body: fresh },
      { path, body: twice },
      { path, body: elsewhere },
    ]);
    expect(again.map((a) => a.status)).toEqual([200, 200, 409]);
    expect(
      await t.db.select({ id: contacts.id }).from(contacts).where(inArray(contacts.id, ids)),
    ).toHaveLength(2);
  });

  it('refuses late contacts of a locked activity, each with the reason, and keeps the replays', async () => {
    const { tournee, path } = await start();
    const early = contact();
    expect((await med.post(path, early)).statusCode).toBe(201);
    expect(
      (
        await med.request({
          method: 'PATCH',
          url: `/api/activites/${tournee.id}`,
          payload: { fin: '2026-03-10T15:00:00+01:00' },
        })
      ).statusCode,
    ).toBe(200);
    expect((await coord.post(`/api/activites/${tournee.id}/revue`, { statut: 'validee' })).statusCode).toBe(
      200,
    );
    const answers = await sync([
      { path, body: early },
      { path, body: contact() },
      { path, body: contact() },
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 423, 423]);
    expect(answers[1]?.body.error?.code).toBe(answers[2]?.body.error?.code);
    const single = await med.post(path, contact());
    expect(single.statusCode).toBe(423);
    expect(answers[1]?.body).toEqual(single.json());
  });
});
