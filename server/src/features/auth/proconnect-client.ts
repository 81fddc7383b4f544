/**
 * The OpenID Connect client of ProConnect (ADR 030), through openid-client: discovery, the
 * authorization URL (PKCE S256, state, nonce), the code exchange with the id_token's signature
 * checked against the issuer's JWKS (non-repudiation checks), and the end-session URL.
 */
import * as oidc from 'openid-client';
import { issuerLocal } from '../../../../domain/structures/proconnect.schema';
import { type Env, publicUrl } from '../../env';

export const RETOUR_PATH = '/api/auth/proconnect/retour';
export const SCOPE = 'openid email given_name usual_name';
const TIMEOUT_S = 10;

export interface ProconnectSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export const redirectUri = (env: Env) => `${publicUrl(env)}${RETOUR_PATH}`;

/** The issuer's metadata and our client there; plain http only for a local issuer (tests, dev). */
export async function discover(settings: ProconnectSettings): Promise<oidc.Configuration> {
  const execute = [oidc.enableNonRepudiationChecks];
  if (issuerLocal(settings.issuer)) execute.push(oidc.allowInsecureRequests);
  const config = await oidc.discovery(
    new URL(settings.issuer),
    settings.clientId,
    { id_token_signed_response_alg: 'RS256' },
    oidc.ClientSecretBasic(settings.clientSecret),
    { execute, timeout: TIMEOUT_S },
  );
  config.timeout = TIMEOUT_S;
  return config;
}

export interface Transaction {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export const newTransaction = (): Transaction => ({
  state: oidc.randomState(),
  nonce: oidc.randomNonce(),
  codeVerifier: oidc.randomPKCECodeVerifier(),
});

export async function authorizationUrl(
  config: oidc.Configuration,
  env: Env,
  t: Transaction,
  loginHint: string,
): Promise<string> {
  return oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri(env),
    scope: SCOPE,
    state: t.state,
    nonce: t.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(t.codeVerifier),
    code_challenge_method: 'S256',
    login_hint: loginHint,
  }).href;
}

export interface Identity {
  email: string | null;
  emailVerified: boolean | null;
  idToken: string;
}

const claimString = (v: unknown) => (typeof v === 'string' ? v : null);
const claimBoolean = (v: unknown) => (typeof v === 'boolean' ? v : null);

/**
 * Exchanges the code of `callback` (PKCE, state and nonce checked, id_token signature verified),
 * then reads the e-mail from the id_token or, as ProConnect sends it, from the (signed) userinfo.
 */
export async function exchangeCode(
  config: oidc.Configuration,
  callback: URL,
  t: Transaction,
): Promise<Identity> {
  const tokens = await oidc.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: t.codeVerifier,
    expectedState: t.state,
    expectedNonce: t.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims || !tokens.id_token) throw new Error('id_token absent');
  let source: Record<string, unknown> = claims;
  if (claimString(claims.email) === null) {
    source = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
  }
  return {
    email: claimString(source.email),
    emailVerified: claimBoolean(source.email_verified),
    idToken: tokens.id_token,
  };
}

/** Where the browser ends its ProConnect session, then comes back to the login page. */
export const endSessionUrl = (config: oidc.Configuration, env: Env, idToken: string) =>
  oidc.buildEndSessionUrl(config, {
    id_token_hint: idToken,
    post_logout_redirect_uri: `${publicUrl(env)}/connexion`,
  }).href;
