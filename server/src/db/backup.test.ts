import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_TEMPLATE_DB, TEMPLATE_FILE } from '../../test/global-setup';
import { buildApp } from '../app';
import { DEMO_DOMAIN, DEMO_PASSWORD, loadDemo } from '../demo/demo';
import { loadEnv } from '../env';
import { backupDatabase, type DatabaseTarget, restoreDatabase } from './backup';
import { headerBytes, knownMigrations, readBackupHeader } from './backup-file';
import { rows } from './backup-logical';
import { findPgBinary } from './backup-pg-dump';
import { type Database, openPglite, openPostgres } from './client';
import { DataDirLockedError } from './lock';

const PG_URL = process.env.TEST_DATABASE_URL;
const work = mkdtempSync(path.join(tmpdir(), 'trame-backup-test-'));
const dropped: string[] = [];

/** A database target: a PGlite folder, or on PostgreSQL a new database (migrated or empty). */
async function newTarget(migrated: boolean): Promise<DatabaseTarget> {
  if (!PG_URL) {
    const dir = mkdtempSync(path.join(work, 'data-'));
    if (migrated)
      await (await openPglite(dir, { loadDataDir: new Blob([readFileSync(TEMPLATE_FILE)]) })).close();
    return { TRAME_DATA_DIR: dir };
  }
  const name = `trame_backup_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create database ${name}${migrated ? ` template ${PG_TEMPLATE_DB}` : ''}`);
  await admin.end();
  dropped.push(name);
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  return { DATABASE_URL: u.toString(), TRAME_DATA_DIR: work };
}

const open = (t: DatabaseTarget): Promise<Database> =>
  t.DATABASE_URL ? openPostgres(t.DATABASE_URL) : openPglite(t.TRAME_DATA_DIR);

const day = (d: Date) => d.toISOString().slice(0, 10);

async function auditRows(t: DatabaseTarget): Promise<number> {
  const database = await open(t);
  try {
    return (await rows<{ n: number }>(database.db, sql`select count(*)::int as n from audit_log`))[0]!.n;
  } finally {
    await database.close();
  }
}

/** What must survive a backup: the last 12 months' report and the photos' bytes. */
async function fingerprint(t: DatabaseTarget, write = false) {
  const database = await open(t);
  try {
    const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const app = await buildApp({ db: database.db, engine: database.engine, env, now: () => new Date() });
    await app.ready();
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: `admin@${DEMO_DOMAIN}`, password: DEMO_PASSWORD },
      });
      const headers = {
        cookie: `trame_session=${res.cookies.find((c) => c.name === 'trame_session')!.value}`,
        'x-csrf-token': res.json().csrfToken as string,
      };
      if (write) {
        // Audited writes, so the audit log has rows to carry over.
        for (const prenom of ['Nora', 'Malik']) {
          const created = await app.inject({
            method: 'POST',
            url: '/api/utilisateurs',
            headers,
            payload: {
              email: `${prenom.toLowerCase()}@exemple.fr`,
              prenom,
              nom: 'Sauvegarde',
              role: 'mediateur',
            },
          });
          expect(created.statusCode).toBe(201);
        }
      }
      const now = new Date();
      const du = day(new Date(now.getTime() - 364 * 86_400_000));
      const report = await app.inject({
        method: 'GET',
        url: `/api/rapports/activite?du=${du}&au=${day(now)}`,
        headers,
      });
      expect(report.statusCode).toBe(200);
      const photos = await rows<{ id: string; data: Buffer | Uint8Array }>(
        database.db,
        sql`select id, data from signalement_photos order by id`,
      );
      const photoHash = createHash('sha256');
      for (const p of photos) photoHash.update(p.id).update(Buffer.from(p.data));
      return {
        report: report.json(),
        photos: photos.length,
        firstPhoto: Buffer.from(photos[0]!.data),
        photoHash: photoHash.digest('hex'),
      };
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

describe(`backup and restore (${PG_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let source: DatabaseTarget;
  let before: Awaited<ReturnType<typeof fingerprint>>;
  beforeAll(async () => {
    source = await newTarget(true);
    const database = await open(source);
    await loadDemo(database.db).finally(() => database.close());
    before = await fingerprint(source, true);
    expect(await auditRows(source)).toBeGreaterThanOrEqual(2);
    expect(before.photos).toBeGreaterThan(0);
    expect(before.report.presence.activites).toBeGreaterThan(0);
    expect(before.report.contacts.nombre).toBeGreaterThan(0);
  }, 240_000);
  afterAll(async () => {
    if (PG_URL) {
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      for (const name of dropped) await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
    rmSync(work, { recursive: true, force: true });
  });

  const roundTrip = async (logical: boolean, expected: string) => {
    const file = path.join(work, `${randomUUID()}.trame-backup`);
    const audit = await auditRows(source);
    const made = await backupDatabase(source, { out: file, logical });
    expect(made.format).toBe(expected);
    const { header } = await readBackupHeader(file);
    expect(header).toMatchObject({ format: expected, engine: PG_URL ? 'postgresql' : 'pglite' });
    expect(header.schema.tag).toBe(knownMigrations().at(-1)!.tag);
    const target = await newTarget(false);
    const restored = await restoreDatabase(target, { from: file });
    expect(restored.format).toBe(expected);
    // Before anyone signs in (a login writes its own audit row).
    expect(await auditRows(target)).toBe(audit);
    const after = await fingerprint(target);
    expect(after.report).toEqual(before.report);
    expect(after.photoHash).toBe(before.photoHash);
    expect(after.firstPhoto.equals(before.firstPhoto)).toBe(true);
    return { file, target };
  };

  it.runIf(!PG_URL)(
    'PGlite: the data folder dump restores into an empty folder, statistics gathered',
    async () => {
      // PGlite never gathers statistics by itself: the source has none, the restored copy has them.
      const statsOf = async (t: DatabaseTarget) => {
        const database = await open(t);
        try {
          const q = sql`select count(*)::int as n from pg_stats where schemaname = 'public' and tablename = 'contacts'`;
          return (await rows<{ n: number }>(database.db, q))[0]!.n;
        } finally {
          await database.close();
        }
      };
      expect(await statsOf(source)).toBe(0);
      const { target } = await roundTrip(false, 'pglite-datadir');
      expect(await statsOf(target)).toBeGreaterThan(0);
    },
    240_000,
  );

  it.runIf(!!PG_URL && !!findPgBinary('pg_dump', 15))(
    'PostgreSQL: pg_dump custom format restores into an empty database',
    async () => {
      await roundTrip(false, 'pg-dump-custom');
    },
    240_000,
  );

  it.runIf(!!PG_URL)(
    'PostgreSQL without pg_dump: falls back to the logical export, and says so',
    async () => {
      const file = path.join(work, 'fallback.trame-backup');
      const made = await backupDatabase(source, { out: file, pgBinDirs: [] });
      expect(made).toMatchObject({ format: 'logical-json', note: expect.stringContaining('pg_dump') });
      expect((await readBackupHeader(file)).header.format).toBe('logical-json');
    },
  );

  it('the logical export restores into an empty database, photos byte for byte', async () => {
    await roundTrip(true, 'logical-json');
  }, 240_000);

  it('refuses a file from a newer schema, and a non-empty database without --force', async () => {
    const latest = knownMigrations().at(-1)!;
    const newer = path.join(work, 'newer.trame-backup');
    writeFileSync(
      newer,
      headerBytes({
        format: 'logical-json',
        engine: 'pglite',
        createdAt: new Date().toISOString(),
        schema: { tag: '9999_from_the_future', when: latest.when + 1000, count: 99 },
      }),
    );
    const empty = await newTarget(false);
    await expect(restoreDatabase(empty, { from: newer })).rejects.toThrow(/version plus récente de Trame/);

    const file = path.join(work, 'full.trame-backup');
    await backupDatabase(source, { out: file, logical: true });
    await expect(restoreDatabase(source, { from: file })).rejects.toThrow(/--force/);
    const forced = await restoreDatabase(source, { from: file, force: true });
    if (!PG_URL) expect(existsSync(forced.keptAside!)).toBe(true);
    expect((await fingerprint(source)).report).toEqual(before.report);
  }, 240_000);

  it.runIf(!PG_URL)('PGlite: refuses to back up a folder a running server holds', async () => {
    const target = await newTarget(true);
    // The lock of another live process (this one's parent stands in for a running server).
    writeFileSync(path.join(target.TRAME_DATA_DIR, 'trame.lock'), String(process.ppid));
    await expect(backupDatabase(target, { out: path.join(work, 'locked.bak') })).rejects.toBeInstanceOf(
      DataDirLockedError,
    );
  });
});
