import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/helpers';
import { signInNew } from '../../test/world';
import { buildStructure } from '../factories/factories';
import { tileSource } from './security-headers';

const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join(';');

/** The headers every answer carries, whatever it is. */
function expectBaseline(res: LightMyRequestResponse) {
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
}

const webIndex = (dir: string) => readFileSync(path.join(dir, 'index.html'), 'utf8');
/** <script> elements without a src attribute: the CSP would refuse them. */
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs]) => !/\bsrc=/.test(attrs!));

describe('security headers', () => {
  let t: TestApp;
  let coord: Session;
  let web: string;
  beforeAll(async () => {
    web = mkdtempSync(path.join(tmpdir(), 'trame-web-'));
    writeFileSync(
      path.join(web, 'index.html'),
      '<!doctype html><html lang="fr"><head><script type="module" src="/assets/a.js"></script></head><body><div id="root"></div></body></html>',
    );
    t = await createTestApp({}, { webDist: web });
    const sid = (await buildStructure(t.db)).id;
    coord = await signInNew(t, { structureId: sid, role: 'coordinateur' });
  });
  afterAll(async () => {
    await t.close();
    rmSync(web, { recursive: true, force: true });
  });

  it('an HTML page: strict policy without inline script, no framing, referrer kept to the origin', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/situations' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expectBaseline(res);
    expect(res.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['cache-control']).not.toMatch(/no-store/);
  });

  it('the web app ships no inline script, so the policy holds for it (source and build)', () => {
    for (const dir of ['web', 'web/dist']) {
      if (dir === 'web/dist' && !existsSync('web/dist/index.html')) continue;
      const html = webIndex(dir);
      expect(html).toMatch(/<script\b/);
      expect(inlineScripts(html), dir).toEqual([]);
      expect(html).not.toMatch(/\son[a-z]+=/i);
    }
  });

  it('a JSON answer with personal data: no-store, same policy; the health probe may be cached', async () => {
    const res = await coord.get('/api/situations');
    expect(res.statusCode).toBe(200);
    expectBaseline(res);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    const refused = await t.app.inject({ method: 'GET', url: '/api/situations' });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['cache-control']).toBe('no-store');
    expectBaseline(refused);
    const open311 = await t.app.inject({ method: 'GET', url: '/open311/v2/services.json' });
    expect(open311.headers['cache-control']).toBe('no-store');
    expectBaseline(open311);
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.headers['cache-control']).toBeUndefined();
    expectBaseline(health);
  });

  it('the signed-link page and its API answers send no referrer, cannot be framed, are not stored', async () => {
    const token = `${'A'.repeat(54)}.${'B'.repeat(22)}`;
    const page = await t.app.inject({ method: 'GET', url: `/lien/signalement/${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expectBaseline(page);
    expect(page.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const api = await t.app.inject({ method: 'GET', url: `/api/lien-signalement/${token}` });
    expect(api.statusCode).toBe(403);
    expectBaseline(api);
    expect(api.headers['referrer-policy']).toBe('no-referrer');
    expect(api.headers['cache-control']).toBe('no-store');
    const activation = await t.app.inject({ method: 'GET', url: '/activer/secret-a-usage-unique' });
    expect(activation.headers['referrer-policy']).toBe('no-referrer');
  });

  it('outside production, the API documentation is public', async () => {
    for (const url of ['/api/docs', '/api/docs/json', '/api/openapi.json'])
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(200);
  });

  it('a PDF keeps only the no-framing rule (Chrome draws PDFs with an embed and inline styles)', async () => {
    const res = await coord.get('/api/rapports/activite?du=2026-03-01&au=2026-04-30&format=pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('production: HSTS, tile server, API documentation signed-in only (ADR 014)', () => {
  const docs = ['/api/docs', '/api/docs/json', '/api/openapi.json'];
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      NODE_ENV: 'production',
      MAP_TILE_URL: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png',
    });
  });
  afterAll(() => t.close());

  it('allows the configured tile server in img-src, and sends HSTS', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toBe(
      PAGE_CSP.replace(
        "img-src 'self' data: blob:",
        "img-src 'self' data: blob: https://*.tile.openstreetmap.org",
      ),
    );
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('answers the documentation to signed-in users only', async () => {
    for (const url of docs) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error.message).toMatch(/Connectez-vous/);
    }
    const sid = (await buildStructure(t.db)).id;
    const session = await signInNew(t, { structureId: sid });
    const ui = await session.get('/api/docs');
    expect(ui.statusCode).toBe(200);
    expect(inlineScripts(ui.body)).toEqual([]);
    expect(ui.headers['content-security-policy']).toContain("script-src 'self';");
    expect((await session.get('/api/openapi.json')).json().openapi).toBe('3.1.0');
    expect((await session.get('/api/docs/json')).statusCode).toBe(200);
  });

  it('derives the tile source from MAP_TILE_URL', () => {
    expect(tileSource(undefined)).toBeNull();
    expect(tileSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
      'https://tile.openstreetmap.org',
    );
    expect(tileSource('https://{s}.tile.example.fr/{z}/{x}/{y}.png')).toBe('https://*.tile.example.fr');
    expect(tileSource('http://tiles.local:8080/{z}/{x}/{y}.png')).toBe('http://tiles.local:8080');
    expect(tileSource('https://tuiles-{s}.ign.fr/{z}/{x}/{y}.png')).toBe('https://*.ign.fr');
    // A wildcard on a whole top-level domain would open too much: no tile source then.
    expect(tileSource('https://{s}.fr/{z}.png')).toBeNull();
  });
});

describe('API documentation stays public where chosen', () => {
  it('in production with API_DOCS=public (and outside production by default, see above)', async () => {
    const t = await createTestApp({ NODE_ENV: 'production', API_DOCS: 'public' });
    try {
      for (const url of ['/api/docs', '/api/docs/json', '/api/openapi.json'])
        expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(200);
    } finally {
      await t.close();
    }
  });
});
