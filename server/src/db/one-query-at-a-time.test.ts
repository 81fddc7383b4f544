/**
 * A transaction holds one connection: its queries must run one after the other. node-postgres
 * warns (DeprecationWarning) when a query is sent to a client that is still executing one, and
 * pg 9 will refuse it; PGlite serialises everything, so only PostgreSQL shows the bug.
 * Two guards: no `Promise.all`/`race`/`any` over queries in the server sources (all engines), and,
 * on PostgreSQL, the transactions that present several rows never overlap two queries.
 */

import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/helpers';
import { signInNew } from '../../test/world';
import { buildLieu, buildPartenaire, buildStructure, buildTerritoire } from '../factories/factories';
import { buildSignalement } from '../factories/signalements.factories';

const SRC = path.resolve(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('one query at a time on a connection', () => {
  it('no server module runs promises concurrently (a transaction is one connection)', () => {
    // Work that sends no query (files, CPU) may opt out with `// no query:` and why, on the line before.
    const offenders = sources(SRC).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i, lines) =>
          /Promise\.(all|race|any)\(/.test(line) && !/\/\/ no query:/.test(lines[i - 1] ?? '')
            ? [`${path.relative(SRC, file)}:${i + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(offenders).toEqual([]);
  });

  describe.skipIf(!process.env.TEST_DATABASE_URL)('on PostgreSQL', () => {
    type Internals = { _activeQuery: unknown; _queryQueue: unknown[] };
    const original = pg.Client.prototype.query;
    const overlaps: string[] = [];
    let t: TestApp;
    let coord: Session;
    let med: Session;
    let structureId: string;
    let territoryId: string;
    let placeId: string;
    let partnerId: string;
    beforeAll(async () => {
      t = await createTestApp();
      structureId = (await buildStructure(t.db)).id;
      territoryId = (await buildTerritoire(t.db, { structureId, qpvCode: 'QN01342I' })).id;
      placeId = (await buildLieu(t.db, { structureId, territoryId })).id;
      partnerId = (await buildPartenaire(t.db, { structureId, territoryIds: [territoryId] })).id;
      coord = await signInNew(t, { structureId, role: 'coordinateur' });
      med = await signInNew(t, { structureId });
      pg.Client.prototype.query = function (this: Internals, ...args: unknown[]) {
        if (this._activeQuery || this._queryQueue.length > 0) {
          const q = args[0] as string | { text?: string };
          overlaps.push(typeof q === 'string' ? q : String(q?.text));
        }
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof original;
    });
    afterEach(() => {
      expect(overlaps).toEqual([]);
    });
    afterAll(async () => {
      pg.Client.prototype.query = original;
      await t?.close();
    });

    it('a signalement status change (with its place, partner and photos presented)', async () => {
      const s = await buildSignalement(t.db, {
        structureId,
        territoryId,
        placeId,
        partnerId,
        observedAt: new Date(Date.now() - 7200_000),
        historique: [{ statut: 'transmis', at: new Date(Date.now() - 3600_000) }],
      });
      const res = await coord.post(`/api/signalements/${s.id}/statut`, { statut: 'pris_en_compte' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        partenaireId: partnerId,
        lieuId: placeId,
        statut: 'pris_en_compte',
      });
    });

    it('a situation opened, then read and listed', async () => {
      const id = randomUUID();
      const created = await med.post('/api/situations', {
        id,
        kind: 'voisinage_bruit',
        saisinePar: 'habitant',
        territoireId: territoryId,
        description: 'Musique forte la nuit, signalée au 3e étage.',
      });
      expect(created.statusCode).toBe(201);
      expect((await med.get(`/api/situations/${id}`)).statusCode).toBe(200);
      const list = await coord.get('/api/situations');
      expect(list.statusCode).toBe(200);
      expect(list.json().items.map((s: { id: string }) => s.id)).toContain(id);
    });
  });
});
