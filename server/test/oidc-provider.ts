/**
 * A real OpenID provider for the ProConnect tests (ADR 030): `oidc-provider` on 127.0.0.1, one
 * confidential client (client_secret_basic, PKCE required, signed userinfo as ProConnect sends
 * it), accounts with `email` / `email_verified`. `authorize()` plays the browser through the
 * provider's own login and consent forms, with a small cookie jar, up to the return to Trame.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Provider } from 'oidc-provider';

export interface TestAccount {
  email: string;
  email_verified?: boolean;
  given_name?: string;
  usual_name?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Seconds an authorization code lives (the expired-code test makes it short). */
  settings: { codeTtl: number; tamperIdToken: boolean };
  /** Follows the authorization URL through login (as `login`) and consent; the return URL to Trame. */
  authorize(url: string, login: string): Promise<URL>;
  close(): Promise<void>;
}

const rsaKey = () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

/** The id_token with one byte of its signature changed: a JWT no key of the issuer signed. */
export function tamperSignature(jwt: string): string {
  const [h, p, s] = jwt.split('.') as [string, string, string];
  const sig = Buffer.from(s, 'base64url');
  sig[0] = (sig[0] ?? 0) ^ 0xff;
  return `${h}.${p}.${sig.toString('base64url')}`;
}

export async function startTestProvider(
  redirectUri: string,
  postLogoutUri: string,
  accounts: Record<string, TestAccount>,
): Promise<TestProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const settings = { codeTtl: 60, tamperIdToken: false };
  const clientId = 'trame-test';
  const clientSecret = 'secret-du-client-de-test-0123456789';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: [postLogoutUri],
        token_endpoint_auth_method: 'client_secret_basic',
        id_token_signed_response_alg: 'RS256',
        userinfo_signed_response_alg: 'RS256',
      },
    ],
    jwks: { keys: [{ ...rsaKey(), kid: 'cle-de-test', use: 'sig', alg: 'RS256' }] as never },
    pkce: { required: () => true },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      given_name: ['given_name'],
      usual_name: ['usual_name'],
    },
    features: { devInteractions: { enabled: true }, jwtUserinfo: { enabled: true } },
    cookies: { keys: ['cle-des-cookies-de-test'] },
    ttl: {
      AuthorizationCode: () => settings.codeTtl,
      AccessToken: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    findAccount: async (_ctx, sub) => {
      const account = accounts[sub];
      return account ? { accountId: sub, claims: async () => ({ sub, ...account }) } : undefined;
    },
  });
  // The bad-signature case: the token endpoint's answer is altered on its way out.
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (settings.tamperIdToken && ctx.path === '/token' && body?.id_token) {
      ctx.body = { ...body, id_token: tamperSignature(body.id_token) };
    }
  });
  server.on('request', provider.callback());

  async function authorize(url: string, login: string): Promise<URL> {
    const jar = new Map<string, string>();
    let next = new URL(url);
    let body: string | undefined;
    for (let step = 0; step < 20; step++) {
      const res = await fetch(next, {
        method: body ? 'POST' : 'GET',
        body,
        redirect: 'manual',
        headers: {
          cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
      });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const i = pair!.indexOf('=');
        jar.set(pair!.slice(0, i), pair!.slice(i + 1));
      }
      const location = res.headers.get('location');
      if (location) {
        next = new URL(location, next);
        body = undefined;
        if (next.href.startsWith(redirectUri)) return next;
        continue;
      }
      const html = await res.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="([a-z]+)"/.exec(html)?.[1];
      if (!action || !prompt)
        throw new Error(`test provider: unexpected page ${res.status} ${html.slice(0, 300)}`);
      next = new URL(action.replace(/&amp;/g, '&'), next);
      body = new URLSearchParams(
        prompt === 'login' ? { prompt, login, password: 'x' } : { prompt },
      ).toString();
    }
    throw new Error('test provider: too many steps');
  }

  return {
    issuer,
    clientId,
    clientSecret,
    settings,
    authorize,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
