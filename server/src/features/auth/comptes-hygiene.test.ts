/** Account hygiene (issue 16, part 7): « mot de passe oublié », and one's own open sessions. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOT_DE_PASSE_OUBLIE_REPONSE } from '../../../../domain/utilisateurs/utilisateur.schema';
import { createTestApp, login, type TestApp } from '../../../test/helpers';
import { startSmtp } from '../../../test/smtp';
import { signInNew } from '../../../test/world';
import { buildStructure, buildUser } from '../../factories/factories';

describe('forgotten password and open sessions', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let structureId: string;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      SMTP_FROM: 'Trame <trame@test.local>',
      TRAME_PUBLIC_URL: 'https://trame.example.org',
    });
    structureId = (await buildStructure(t.db)).id;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const ask = (email: string, ip = '10.0.0.1') =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/mot-de-passe-oublie',
      payload: { email },
      remoteAddress: ip,
    });

  it('answers the same whether the account exists or not, and e-mails a working link to the one that does', async () => {
    const user = await buildUser(t.db, { structureId, email: 'oubli@test.local' });
    const known = await ask('oubli@test.local');
    const unknown = await ask('personne@test.local');
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.json()).toEqual({ message: MOT_DE_PASSE_OUBLIE_REPONSE });
    expect(unknown.body).toBe(known.body);

    const mails = smtp.inbox.filter((m) => m.to.includes('oubli@test.local'));
    expect(mails).toHaveLength(1);
    expect(smtp.inbox.some((m) => m.to.includes('personne@test.local'))).toBe(false);
    const body = mails[0]!.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    const token = body.match(/https:\/\/trame\.example\.org\/activer\/([A-Za-z0-9_-]+)/)?.[1];
    expect(token).toBeTruthy();
    const set = await t.app.inject({
      method: 'POST',
      url: '/api/auth/activation',
      payload: { token, password: 'un nouveau mot de passe solide' },
    });
    expect(set.statusCode).toBe(204);
    expect((await login(t.app, user.email, 'un nouveau mot de passe solide')).csrf).toBeTruthy();
  });

  it('sends at most three links an hour to one account, and slows down one address', async () => {
    await buildUser(t.db, { structureId, email: 'flood@test.local' });
    for (let i = 0; i < 5; i += 1) expect((await ask('flood@test.local', '10.0.0.2')).statusCode).toBe(202);
    expect(smtp.inbox.filter((m) => m.to.includes('flood@test.local'))).toHaveLength(3);
    let last = 202;
    for (let i = 0; i < 20 && last === 202; i += 1)
      last = (await ask(`x${i}@test.local`, '10.0.0.2')).statusCode;
    expect(last).toBe(429);
    expect((await ask('flood@test.local', '10.0.0.3')).statusCode).toBe(202);
  });

  it('lists one’s own open sessions, closes another one, and never another user’s', async () => {
    const user = await buildUser(t.db, { structureId, email: 'sessions@test.local' });
    const phone = await login(t.app, user.email);
    const desk = await login(t.app, user.email);
    const stranger = await signInNew(t, { structureId });
    const listed = (await desk.get('/api/auth/sessions')).json().items;
    expect(listed).toHaveLength(2);
    expect(listed.filter((s: { courante: boolean }) => s.courante)).toHaveLength(1);
    const other = listed.find((s: { courante: boolean }) => !s.courante);
    expect((await stranger.delete(`/api/auth/sessions/${other.id}`)).statusCode).toBe(404);
    expect((await desk.delete(`/api/auth/sessions/${other.id}`)).statusCode).toBe(204);
    expect((await phone.get('/api/auth/me')).statusCode).toBe(401);
    expect((await desk.get('/api/auth/sessions')).json().items).toHaveLength(1);
    expect((await desk.delete('/api/auth/sessions/pas-un-id')).statusCode).toBe(400);
  });
});
