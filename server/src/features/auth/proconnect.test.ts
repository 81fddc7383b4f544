/**
 * ProConnect sign-in (issue 16 part 5, ADR 030) against a real OpenID provider started here
 * (`oidc-provider` on 127.0.0.1): the whole code flow with PKCE, state, nonce and the id_token's
 * signature, and each way it must fail.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCONNECT_NON_PROPOSE } from '../../../../domain/utilisateurs/proconnect.schema';
import { login } from '../../../test/helpers';
import { startTestProvider, type TestProvider } from '../../../test/oidc-provider';
import { useTestApp } from '../../../test/world';
import { auditLog, sessions, structures, users } from '../../db/schema';
import { buildStructure, buildUser } from '../../factories/factories';
import { sha256 } from '../../lib/crypto';

const PUBLIC = 'http://localhost:3331';
const RETOUR = `${PUBLIC}/api/auth/proconnect/retour`;

describe('ProConnect sign-in (ADR 030)', () => {
  const t = useTestApp({ TRAME_PUBLIC_URL: PUBLIC });
  let op: TestProvider;
  let structureId: string;
  let agentId: string;

  beforeAll(async () => {
    op = await startTestProvider(RETOUR, `${PUBLIC}/connexion`, {
      agent: { email: 'agent@ville.test', email_verified: true, given_name: 'Alex', usual_name: 'Durand' },
      inconnu: { email: 'personne@ville.test', email_verified: true },
      voisin: { email: 'voisin@ville.test', email_verified: true },
      nonverifie: { email: 'agent@ville.test', email_verified: false },
    });
    const s = await buildStructure(t.db);
    structureId = s.id;
    // The second factor is required there: a ProConnect login must not ask for it.
    await t.db
      .update(structures)
      .set({
        deuxiemeFacteurObligatoire: true,
        proconnectActif: true,
        proconnectIssuer: op.issuer,
        proconnectClientId: op.clientId,
        proconnectClientSecret: op.clientSecret,
      })
      .where(eq(structures.id, s.id));
    agentId = (await buildUser(t.db, { structureId, email: 'agent@ville.test', role: 'coordinateur' })).id;
    // Same e-mail domain, another structure: never matched through this structure's ProConnect.
    await buildUser(t.db, { email: 'voisin@ville.test' });
  });
  afterAll(() => op?.close());

  const debut = (email: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/proconnect/debut', payload: { email } });

  /** Starts at Trame, signs in at the provider as `login`; the return URL and the browser's state. */
  async function toProvider(login: string, email = 'agent@ville.test') {
    const res = await debut(email);
    expect(res.statusCode).toBe(200);
    const state = res.cookies.find((c) => c.name === 'trame_proconnect')!.value;
    return { back: await op.authorize(res.json().url, login), state };
  }
  const retour = (back: URL, state: string | undefined) =>
    t.app.inject({
      method: 'GET',
      url: back.pathname + back.search,
      cookies: state ? { trame_proconnect: state } : {},
    });
  const refusedWith = (res: { statusCode: number; headers: Record<string, unknown> }, code: string) => {
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/connexion?proconnect=${code}`);
  };

  it('signs the invited agent in through the provider, without the second factor', async () => {
    const res = await debut('agent@ville.test');
    const url = new URL(res.json().url);
    expect(url.origin).toBe(op.issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: op.clientId,
      redirect_uri: RETOUR,
      response_type: 'code',
      scope: 'openid email given_name usual_name',
      code_challenge_method: 'S256',
      login_hint: 'agent@ville.test',
      state: expect.any(String),
      nonce: expect.any(String),
      code_challenge: expect.any(String),
    });
    const state = res.cookies.find((c) => c.name === 'trame_proconnect')!.value;
    const back = await op.authorize(url.href, 'agent');
    const done = await retour(back, state);
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/');
    const cookie = done.cookies.find((c) => c.name === 'trame_session')!;
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { trame_session: cookie.value },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(agentId);
    const [login] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, agentId), eq(auditLog.action, 'login')));
    expect(login?.diff).toMatchObject({ via: 'proconnect' });
    // Neither the code nor the e-mail is in the URL Trame sends the browser to.
    expect(String(done.headers.location)).not.toContain('@');
  });

  it('refuses the same sentence for an unknown address and one whose structure does not offer it', async () => {
    const plain = await buildUser(t.db, {});
    for (const email of ['nobody@ville.test', plain.email]) {
      const res = await debut(email);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toBe(PROCONNECT_NON_PROPOSE);
    }
  });

  it('refuses an address ProConnect vouches for but nobody invited, and creates no account', async () => {
    const [before] = await t.db.select({ n: sql<number>`count(*)::int` }).from(users);
    const { back, state } = await toProvider('inconnu');
    refusedWith(await retour(back, state), 'inconnu');
    const [after] = await t.db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(after!.n).toBe(before!.n);
  });

  it('does not match a user of another structure, even of the same e-mail domain', async () => {
    const { back, state } = await toProvider('voisin');
    refusedWith(await retour(back, state), 'inconnu');
  });

  it('refuses an e-mail the provider says is not verified', async () => {
    const { back, state } = await toProvider('nonverifie');
    refusedWith(await retour(back, state), 'non_verifiee');
  });

  it('refuses a wrong state, a state without this browser’s cookie, and a replayed one', async () => {
    const { back, state } = await toProvider('agent');
    const forged = new URL(back);
    forged.searchParams.set('state', 'etat-forge-par-un-tiers-0123456789');
    refusedWith(await retour(forged, 'etat-forge-par-un-tiers-0123456789'), 'invalide');
    refusedWith(await retour(back, undefined), 'invalide');
    expect((await retour(back, state)).headers.location).toBe('/');
    refusedWith(await retour(back, state), 'invalide');
  });

  it('sends a malformed return back to the login page rather than answering an error page', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/auth/proconnect/retour?state=a&state=b&code=',
    });
    refusedWith(res, 'invalide');
  });

  it('refuses an expired authorization code', async () => {
    op.settings.codeTtl = 1;
    try {
      const { back, state } = await toProvider('agent');
      await new Promise((r) => setTimeout(r, 2100));
      refusedWith(await retour(back, state), 'expire');
    } finally {
      op.settings.codeTtl = 60;
    }
  });

  it('refuses a return after the transaction’s 10 minutes', async () => {
    const { back, state } = await toProvider('agent');
    const saved = t.clock.now;
    t.clock.now = new Date(saved.getTime() + 11 * 60_000);
    try {
      refusedWith(await retour(back, state), 'expire');
    } finally {
      t.clock.now = saved;
    }
  });

  it('refuses an id_token whose signature is not the issuer’s', async () => {
    op.settings.tamperIdToken = true;
    try {
      const { back, state } = await toProvider('agent');
      refusedWith(await retour(back, state), 'invalide');
    } finally {
      op.settings.tamperIdToken = false;
    }
  });

  it('refuses when the user cancels at the provider', async () => {
    const res = await debut('agent@ville.test');
    const state = res.cookies.find((c) => c.name === 'trame_proconnect')!.value;
    const back = new URL(`${RETOUR}?error=access_denied&state=${state}`);
    refusedWith(await retour(back, state), 'refuse');
  });

  it('ends the ProConnect session at logout, and a password session as before', async () => {
    const { back, state } = await toProvider('agent');
    const done = await retour(back, state);
    const secret = done.cookies.find((c) => c.name === 'trame_session')!.value;
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { trame_session: secret } });
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      cookies: { trame_session: secret },
      headers: { 'x-csrf-token': me.json().csrfToken },
    });
    expect(out.statusCode).toBe(200);
    const fin = new URL(out.json().finSession);
    expect(fin.origin).toBe(op.issuer);
    expect(fin.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC}/connexion`);
    expect(fin.searchParams.get('id_token_hint')?.split('.')).toHaveLength(3);
    expect(
      await t.db
        .select()
        .from(sessions)
        .where(eq(sessions.idHash, sha256(secret))),
    ).toEqual([]);

    const plain = await login(t.app, (await buildUser(t.db, {})).email);
    expect((await plain.post('/api/auth/logout')).statusCode).toBe(204);
  });
});
