import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { type Database, openMemoryPglite, openPostgres } from '../src/db/client';
import { PG_TEMPLATE_DB, TEMPLATE_FILE } from './global-setup';

/**
 * A fresh migrated database for one test file: PGlite restored from the template dump, or,
 * when TEST_DATABASE_URL is set, a PostgreSQL database cloned from the migrated template.
 */
export async function openTestDatabase(opts: { statementTimeoutMs?: number } = {}): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    return openMemoryPglite(new Blob([readFileSync(TEMPLATE_FILE)]));
  }
  return openThrowawayPostgres(url, 'trame_test', { template: PG_TEMPLATE_DB, ...opts });
}

/**
 * A new PostgreSQL database on the server of `url` (empty, or a copy of `template`), opened,
 * and dropped when closed.
 */
export async function openThrowawayPostgres(
  url: string,
  prefix: string,
  opts: { template?: string; statementTimeoutMs?: number } = {},
): Promise<Database> {
  const { template, ...openOpts } = opts;
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await openPostgres(u.toString(), openOpts);
  return {
    ...database,
    async close() {
      await database.close();
      const again = new pg.Client({ connectionString: url });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}
