/**
 * Errors raised before or below the routes: Fastify's own (URL, body parsing, content type, size)
 * and the database's on input that slipped past validation. Each answers a French JSON 4xx.
 */
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/test-db';
import { useWorld } from '../../test/world';
import { buildApp } from '../app';
import type { Database } from '../db/client';
import { loadEnv } from '../env';
import { buildUser } from '../factories/factories';

const error = (code: string, message: string) => ({ error: { code, message } });

describe('Fastify-level errors', () => {
  const { t, coord } = useWorld(
    async (db) => ({ coord: await buildUser(db, { role: 'coordinateur' }) }),
    ['coord'],
  );

  const postRaw = (payload: string | Buffer, contentType = 'application/json') =>
    coord.request({
      method: 'POST',
      url: '/api/open311/cles',
      headers: { 'content-type': contentType },
      payload,
    });

  it('answers bad bodies in French: invalid or empty JSON, a forbidden key, a wrong type, too large', async () => {
    const invalid = await postRaw('{"libelle": "x"');
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toEqual(
      error('requete_invalide', 'Le corps de la requête n’est pas un JSON valide.'),
    );
    const proto = await postRaw('{"__proto__": {"x": 1}}');
    expect(proto.statusCode).toBe(400);
    expect(proto.json().error.message).toBe('Le corps de la requête n’est pas un JSON valide.');
    const empty = await postRaw('');
    expect(empty.json()).toEqual(
      error('requete_invalide', 'Le corps de la requête est vide alors qu’un JSON est attendu.'),
    );
    const xml = await postRaw('<libelle>x</libelle>', 'application/xml');
    expect(xml.statusCode).toBe(415);
    expect(xml.json()).toEqual(error('requete_invalide', 'Type de contenu non pris en charge.'));
    const big = await postRaw(JSON.stringify({ libelle: 'x'.repeat(1024 * 1024 + 1) }));
    expect(big.statusCode).toBe(413);
    expect(big.json()).toEqual(error('requete_invalide', 'La requête est trop volumineuse.'));
  });

  it('answers bad URLs in French: broken percent-encoding, too long a path parameter', async () => {
    for (const url of ['/api/%', '/api/partenaires/%E0%A4%A', '/api/lien-signalement/%zz']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json(), url).toEqual(
        error('requete_invalide', 'Adresse invalide : encodage incorrect (caractère % mal formé ?).'),
      );
    }
    // Too long a path parameter: Fastify's router answers 414 (FST_ERR_MAX_PARAM_LENGTH) or, when
    // no route of that length can match, not found; either way a French JSON 4xx, never English.
    const long = await t.app.inject({ method: 'GET', url: `/api/lien-signalement/${'a'.repeat(150)}` });
    expect([404, 414]).toContain(long.statusCode);
    expect(long.json()).toEqual(
      long.statusCode === 414
        ? error('requete_invalide', 'Adresse invalide : un élément de l’adresse est trop long.')
        : error('introuvable', 'Ressource introuvable.'),
    );
  });
});

describe('safety net: database errors caused by input', () => {
  let database: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const lines: Array<Record<string, unknown>> = [];
  beforeAll(async () => {
    database = await openTestDatabase();
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'error' });
    app = await buildApp(
      { db: database.db, engine: database.engine, env, now: () => new Date() },
      { logger: { level: 'error', stream } },
    );
    // A route with no validation, standing for a gap a future route could leave open.
    app.get('/test/echo/:kind', async (request) => {
      const v = (request.query as { v: string }).v;
      const kind = (request.params as { kind: string }).kind;
      if (kind === 'text') return database.db.execute(sql`select ${v}::text as v`);
      if (kind === 'jsonb') {
        return database.db.execute(sql`select ${JSON.stringify({ v: `\ud800${v}` })}::jsonb as v`);
      }
      if (kind === 'date') return database.db.execute(sql`select ${v}::date as v`);
      if (kind === 'int') return database.db.execute(sql`select ${v}::int as v`);
      return database.db.execute(sql`select v from no_such_table`);
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('answers 400 in French and logs the gap with its SQL state, never the value', async () => {
    for (const [kind, v] of [
      ['text', 'a%00bc'],
      ['jsonb', 'abc'],
      ['date', '0000-01-01'],
      ['date', 'abc'],
      ['int', 'abc'],
      ['int', '99999999999'],
    ] as const) {
      lines.length = 0;
      const res = await app.inject({ method: 'GET', url: `/test/echo/${kind}?v=${v}` });
      expect(res.statusCode, `${kind} ${v}: ${res.body}`).toBe(400);
      expect(res.json().error.code).toBe('donnee_invalide');
      expect(res.json().error.message).toMatch(/^Données invalides : /);
      const logged = lines.find((l) => l.msg === 'input refused by the database: a validation gap to close');
      expect(logged, `${kind} ${v}`).toMatchObject({ route: '/test/echo/:kind', method: 'GET' });
      expect(logged!.sqlState).toMatch(/^22/);
      expect(JSON.stringify(lines)).not.toContain('abc');
    }
  });

  it('still answers 500 to a database error that is a bug, not bad input', async () => {
    lines.length = 0;
    const res = await app.inject({ method: 'GET', url: '/test/echo/bug?v=1' });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('erreur_interne');
    expect(lines.map((l) => l.msg)).toContain('unhandled error');
  });
});
