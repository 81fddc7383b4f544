/**
 * POST /api/sync (ADR 036): a batch of outbox entries, each applied through its own route with
 * the caller's rights, each answered with its own status, each idempotent on its client id.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useWorld } from '../../../test/world';
import { contacts } from '../../db/schema';
import { buildMainCouranteStructure, liveTourneeBody } from '../main-courante/main-courante.factories';

const contact = () => ({
  id: randomUUID(),
  nature: 'ecoute',
  nbPersonnes: 1,
  public: 'adulte',
  genre: 'femme',
});

describe('POST /api/sync', () => {
  const { t, d, med, other } = useWorld(
    async (db) => ({ a: await buildMainCouranteStructure(db), b: await buildMainCouranteStructure(db) }),
    { med: (w) => w.a.med1.email, other: (w) => w.b.med1.email },
  );

  /** The activity's contacts still there (a deleted one is kept, marked). */
  const countContacts = async (activiteId: string) => {
    const [row] = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(contacts)
      .where(and(eq(contacts.activiteId, activiteId), isNull(contacts.deletedAt)));
    return row?.n;
  };

  it('needs a session and the CSRF token', async () => {
    const entrees = [{ method: 'POST', path: '/api/activites', body: {} }];
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/sync', payload: { entrees } });
    expect(anonymous.statusCode).toBe(401);
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/sync',
      payload: { entrees },
      headers: { cookie: `trame_session=${med.cookie}` },
    });
    expect(noCsrf.statusCode).toBe(403);
  });

  it('applies the entries in order, each with its status; a refusal does not undo the others', async () => {
    const tournee = liveTourneeBody(d.a.malpasse.id, d.a.med1.id);
    const base = `/api/activites/${tournee.id}`;
    const c1 = contact();
    const c2 = contact();
    const res = await med.post('/api/sync', {
      entrees: [
        { method: 'POST', path: '/api/activites', body: tournee },
        { method: 'POST', path: `${base}/contacts`, body: c1 },
        { method: 'POST', path: `${base}/contacts`, body: { ...contact(), nature: 'inconnue' } },
        { method: 'POST', path: `${base}/contacts`, body: c2 },
        { method: 'DELETE', path: `${base}/contacts/${c2.id}` },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const { resultats } = res.json() as {
      resultats: Array<{ status: number; body: { id?: string; error?: { code: string; message: string } } }>;
    };
    expect(resultats.map((r) => r.status)).toEqual([201, 201, 400, 201, 204]);
    expect(resultats[1]?.body.id).toBe(c1.id);
    expect(resultats[2]?.body.error?.message).toMatch(/[a-zé]/);
    expect(await countContacts(tournee.id)).toBe(1);

    // Replayed (a lost answer): the same records, stored once.
    const again = await med.post('/api/sync', {
      entrees: [
        { method: 'POST', path: '/api/activites', body: tournee },
        { method: 'POST', path: `${base}/contacts`, body: c1 },
      ],
    });
    expect(again.json().resultats.map((r: { status: number }) => r.status)).toEqual([200, 200]);
    expect(await countContacts(tournee.id)).toBe(1);
  });

  it('keeps the single routes’ access rules: no entry into another structure’s activity', async () => {
    const theirs = liveTourneeBody(d.b.malpasse.id, d.b.med1.id);
    expect((await other.post('/api/activites', theirs)).statusCode).toBe(201);
    const res = await med.post('/api/sync', {
      entrees: [{ method: 'POST', path: `/api/activites/${theirs.id}/contacts`, body: contact() }],
    });
    expect(res.json().resultats[0].status).toBe(404);
    expect(await countContacts(theirs.id)).toBe(0);
  });

  it('refuses an entry to a route outside the capture list, and runs the others', async () => {
    const mine = liveTourneeBody(d.a.malpasse.id, d.a.med1.id);
    const res = await med.post('/api/sync', {
      entrees: [
        { method: 'POST', path: '/api/utilisateurs', body: { email: 'x@example.fr' } },
        { method: 'POST', path: `/api/activites/${mine.id}/../../utilisateurs/contacts`, body: {} },
        { method: 'POST', path: '/api/activites', body: mine },
      ],
    });
    const { resultats } = res.json() as {
      resultats: Array<{ status: number; body: { id?: string; error?: { code: string; message: string } } }>;
    };
    expect(resultats.map((r) => r.status)).toEqual([400, 400, 201]);
    expect(resultats[0]?.body.error?.code).toBe('hors_lot');
  });

  it('refuses a lent key that is not one of a running batch', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/activites',
      payload: liveTourneeBody(d.a.malpasse.id, d.a.med1.id),
      headers: { 'x-trame-lot': 'devine' },
    });
    expect(res.statusCode).toBe(401);
  });

  it('refuses an empty batch and one past 50 entries, in French', async () => {
    const empty = await med.post('/api/sync', { entrees: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Le lot est vide.');
    const entrees = Array.from({ length: 51 }, () => ({ method: 'POST', path: '/api/activites', body: {} }));
    const big = await med.post('/api/sync', { entrees });
    expect(big.statusCode).toBe(400);
    expect(big.body).toContain('au plus 50');
  });
});
