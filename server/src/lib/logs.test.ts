import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkIn, startSmtp } from '../../test/smtp';
import { openTestDatabase } from '../../test/test-db';
import { type App, buildApp } from '../app';
import type { Database } from '../db/client';
import { users } from '../db/schema';
import { loadEnv } from '../env';
import { buildPartenaire, buildStructure, buildTerritoire, buildUser } from '../factories/factories';
import { buildRegleRoutage } from '../factories/signalements.factories';
import { loggerOptions } from './logger';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const WRONG_PASSWORD = 'Devine-Moi-2026!';
const NEW_PASSWORD = 'Nouveau-Secret-9876';
const COROT = { latitude: 43.32589, longitude: 5.40493 };

/** The app with the production logger (every level) writing into an array of lines. */
async function appWithCapturedLog(database: Database, env: Record<string, string>) {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const appEnv = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'trace', ...env });
  const logger = { ...(loggerOptions(appEnv) as object), stream };
  const app = await buildApp(
    { db: database.db, engine: database.engine, env: appEnv, now: () => new Date() },
    { logger },
  );
  // Unhandled database errors whose parameters and row values hold an e-mail.
  app.post('/test/doublon', async (request) => {
    const { email, structureId } = request.body as { email: string; structureId: string };
    await database.db.insert(users).values({ structureId, email, prenom: 'A', nom: 'B', role: 'mediateur' });
    return {};
  });
  app.get('/test/uuid', async (request) =>
    database.db.execute(sql`select ${(request.query as { v: string }).v}::uuid`),
  );
  await app.ready();
  return { app, log: () => lines.join('') };
}

async function signIn(app: App, email: string, password: string) {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  const cookie = `trame_session=${res.cookies.find((c) => c.name === 'trame_session')!.value}`;
  return { cookie, 'x-csrf-token': res.json().csrfToken as string };
}

describe('logs carry no personal data or secrets', () => {
  let database: Database;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let sid: string;
  let adminEmail: string;
  let medEmail: string;
  beforeAll(async () => {
    smtp = await startSmtp();
    database = await openTestDatabase();
    const db = database.db;
    sid = (await buildStructure(db)).id;
    const tid = (await buildTerritoire(db, { structureId: sid, qpvCode: 'QN01342I' })).id;
    const partnerId = (
      await buildPartenaire(db, { structureId: sid, nom: 'Ville', email: 'voirie@ville-logs.fr' })
    ).id;
    await buildRegleRoutage(db, { structureId: sid, categorie: 'eclairage', territoryId: tid, partnerId });
    adminEmail = (await buildUser(db, { structureId: sid, role: 'admin', email: 'claire.admin@exemple.fr' }))
      .email;
    medEmail = (await buildUser(db, { structureId: sid, email: 'yanis.mediateur@exemple.fr' })).email;
  });
  afterAll(async () => {
    await database.close();
    await smtp.close();
  });

  it('a hostile run leaves no e-mail, no full token and no password in the log', async () => {
    const { app, log } = await appWithCapturedLog(database, {
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      TRAME_PUBLIC_URL: 'https://trame.example.org',
    });
    let token = '';
    let secret = '';
    try {
      // Failed logins, for a known and an unknown account.
      for (const email of [adminEmail, 'inconnu.total@exemple.fr']) {
        const res = await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email, password: WRONG_PASSWORD },
        });
        expect(res.statusCode).toBe(401);
      }
      // A unique violation (e-mail among the parameters and in the row's detail), a bad cast.
      const dup = await app.inject({
        method: 'POST',
        url: '/test/doublon',
        payload: { email: medEmail, structureId: sid },
      });
      expect(dup.statusCode).toBe(500);
      const cast = await app.inject({ method: 'GET', url: `/test/uuid?v=${encodeURIComponent(adminEmail)}` });
      // The database safety net: a bad cast is the input's fault (400), logged as a validation gap.
      expect(cast.statusCode).toBe(400);
      // A signalement e-mailed to its partner, then read and answered through the signed link.
      const med = await signIn(app, medEmail, 'mot-de-passe-de-test');
      const created = await app.inject({
        method: 'POST',
        url: '/api/signalements',
        headers: med,
        payload: { id: randomUUID(), categorie: 'eclairage', ...COROT, description: 'Hall B sans lumière' },
      });
      expect(created.statusCode).toBe(201);
      token = linkIn(smtp.inbox.at(-1)!.raw);
      for (const url of [
        `/api/lien-signalement/${token}`,
        `/lien/signalement/${token}`,
        `/api/lien-signalement/${token}.x`,
      ]) {
        await app.inject({ method: 'GET', url });
      }
      const answered = await app.inject({
        method: 'POST',
        url: `/api/lien-signalement/${token}/statut`,
        payload: { statut: 'pris_en_compte' },
      });
      expect(answered.statusCode).toBe(200);
      await app.inject({ method: 'GET', url: `/api/introuvable?email=${adminEmail}&token=${token}` });
      // An account created by the admin, activated through its one-time link.
      const admin = await signIn(app, adminEmail, 'mot-de-passe-de-test');
      const user = await app.inject({
        method: 'POST',
        url: '/api/utilisateurs',
        headers: admin,
        payload: { email: 'nouvelle.recrue@exemple.fr', prenom: 'Inès', nom: 'Benali', role: 'mediateur' },
      });
      expect(user.statusCode).toBe(201);
      secret = (user.json().activationUrl as string).split('/activer/')[1]!;
      await app.inject({ method: 'GET', url: `/activer/${secret}` });
      const activated = await app.inject({
        method: 'POST',
        url: '/api/auth/activation',
        payload: { token: secret, password: NEW_PASSWORD },
      });
      expect(activated.statusCode).toBe(204);
    } finally {
      await app.close();
    }
    const text = log();
    // The run was logged: requests with their masked links, the database errors by code.
    expect(text).toContain('"url":"/api/lien-signalement/');
    expect(text).toContain('"url":"/activer/');
    expect(text).toContain('database error 23505: duplicate key value violates unique constraint');
    expect(text).toMatch(/"sqlState":"22P02"/);
    expect(text).toContain('"constraint":"users_email_uq"');
    // …and nothing it must not hold.
    expect(text).not.toMatch(EMAIL);
    expect(text).not.toContain('params');
    expect(text).not.toContain(token);
    expect(text).not.toContain(token.split('.')[0]!.slice(0, 12));
    expect(text).not.toContain(secret.slice(0, 12));
    expect(text).not.toContain(WRONG_PASSWORD);
    expect(text).not.toContain(NEW_PASSWORD);
    expect(text).not.toContain('mot-de-passe-de-test');
  });

  it('writes an activation link to the log only when no mailer is configured', async () => {
    const linkLogged = async (env: Record<string, string>) => {
      const { app, log } = await appWithCapturedLog(database, env);
      try {
        const admin = await signIn(app, adminEmail, 'mot-de-passe-de-test');
        const res = await app.inject({
          method: 'POST',
          url: '/api/utilisateurs',
          headers: admin,
          payload: {
            email: `r-${randomUUID().slice(0, 6)}@exemple.fr`,
            prenom: 'Léo',
            nom: 'Roux',
            role: 'mediateur',
          },
        });
        expect(res.statusCode).toBe(201);
        return log().includes(res.json().activationUrl);
      } finally {
        await app.close();
      }
    };
    expect(await linkLogged({})).toBe(true);
    expect(await linkLogged({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` })).toBe(false);
  });
});
