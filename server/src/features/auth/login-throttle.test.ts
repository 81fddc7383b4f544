import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/world';
import { buildApp } from '../../app';
import { loginFailures } from '../../db/schema';
import { loadEnv } from '../../env';
import { buildUser, TEST_PASSWORD } from '../../factories/factories';
import { pairDelayMinutes } from './login-throttle';

const MINUTE = 60_000;
const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });

describe('login throttling per account and address (ADR 016)', () => {
  const t = useTestApp();

  const attempt = (email: string, password: string, ip: string, app = t.app) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: ip });
  const advance = (ms: number) => {
    t.clock.now = new Date(t.clock.now.getTime() + ms);
  };
  const failTimes = async (n: number, email: string, ip: string) => {
    for (let i = 0; i < n; i++) expect((await attempt(email, 'mauvais-mot', ip)).statusCode).toBe(401);
  };

  it('delays grow 1, 2, 4, 8 minutes after 5 failures, up to 15', () => {
    expect([4, 5, 6, 7, 8, 9, 10, 30].map((n) => pairDelayMinutes(n, env))).toEqual([
      0, 1, 2, 4, 8, 15, 15, 15,
    ]);
  });

  it('an attacker failing from one address is blocked; the victim logs in from another address', async () => {
    const coord = await buildUser(t.db, { role: 'coordinateur' });
    await failTimes(5, coord.email, '203.0.113.66');
    const blocked = await attempt(coord.email, TEST_PASSWORD, '203.0.113.66');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.message).toBe(
      'Trop de tentatives depuis cette adresse, réessayez dans 1 minute.',
    );
    expect((await attempt(coord.email, TEST_PASSWORD, '198.51.100.7')).statusCode).toBe(200);
    // The victim's success does not lift the attacker's delay.
    expect((await attempt(coord.email, 'mauvais-mot', '203.0.113.66')).statusCode).toBe(429);
  });

  it('progresses 1, 2, 4, 8, 15, 15 minutes; refused tries are not counted; success starts afresh', async () => {
    const u = await buildUser(t.db);
    const ip = '203.0.113.10';
    await failTimes(5, u.email, ip);
    for (const minutes of [1, 2, 4, 8, 15, 15]) {
      const res = await attempt(u.email, 'mauvais-mot', ip);
      expect(res.statusCode).toBe(429);
      expect(res.json().error.message).toMatch(new RegExp(`réessayez dans ${minutes} minutes?\\.$`));
      advance(minutes * MINUTE - 1000);
      expect((await attempt(u.email, TEST_PASSWORD, ip)).statusCode, `${minutes} min`).toBe(429);
      advance(1000);
      await failTimes(1, u.email, ip);
    }
    advance(15 * MINUTE);
    expect((await attempt(u.email, TEST_PASSWORD, ip)).statusCode).toBe(200);
    await failTimes(4, u.email, ip);
    expect((await attempt(u.email, TEST_PASSWORD, ip)).statusCode).toBe(200);
  });

  it('forgets a pair’s failures after a day', async () => {
    const u = await buildUser(t.db);
    const ip = '203.0.113.11';
    await failTimes(5, u.email, ip);
    advance(24 * 60 * MINUTE + 1000);
    await failTimes(4, u.email, ip);
    expect((await attempt(u.email, TEST_PASSWORD, ip)).statusCode).toBe(200);
  });

  it('keeps the per-address limit: 20 failures on any accounts block that address for 15 minutes', async () => {
    const ip = '203.0.113.20';
    for (let i = 0; i < 20; i++) await failTimes(1, `inconnu-${i}@nulle.part`, ip);
    const u = await buildUser(t.db);
    const blocked = await attempt(u.email, TEST_PASSWORD, ip);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.message).toBe(
      'Trop de tentatives depuis cette adresse, réessayez dans 15 minutes.',
    );
    expect((await attempt(u.email, TEST_PASSWORD, '198.51.100.8')).statusCode).toBe(200);
    advance(15 * MINUTE);
    expect((await attempt(u.email, TEST_PASSWORD, ip)).statusCode).toBe(200);
  });

  it('holds across instances sharing the database, and stores hashes only', async () => {
    const other = await buildApp({ db: t.db, engine: t.database.engine, env, now: () => t.clock.now });
    await other.ready();
    try {
      const u = await buildUser(t.db, { email: 'cible@test.trame.local' });
      const ip = '203.0.113.30';
      await failTimes(3, u.email, ip);
      for (let i = 0; i < 2; i++) expect((await attempt(u.email, 'faux', ip, other)).statusCode).toBe(401);
      expect((await attempt(u.email, TEST_PASSWORD, ip, other)).statusCode).toBe(429);
      expect((await attempt(u.email, TEST_PASSWORD, ip)).statusCode).toBe(429);
    } finally {
      await other.close();
    }
    const stored = JSON.stringify(await t.db.select().from(loginFailures));
    expect(stored).not.toMatch(/cible|203\.0\.113/);
  });
});
