import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openMemoryPglite, openPostgres } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';

/** TRAME_TEST_TEMPLATE lets several test runs share one checkout without overwriting each other's template. */
export const TEMPLATE_FILE = path.resolve(process.env.TRAME_TEST_TEMPLATE ?? '.tmp/test-template.tar.gz');
export const PG_TEMPLATE_DB = 'trame_test_template';

/**
 * Migrates one template database per run: a PGlite dump on disk, or a PostgreSQL database
 * that each test file clones (CREATE DATABASE … TEMPLATE). Tests run on the real migrations.
 */
export default async function setup() {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${PG_TEMPLATE_DB} with (force)`);
    await admin.query(`create database ${PG_TEMPLATE_DB}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${PG_TEMPLATE_DB}`;
    const database = await openPostgres(u.toString());
    await migrateDatabase(database);
    await database.close();
    return;
  }
  const database = await openMemoryPglite();
  await migrateDatabase(database);
  const dump = await database.client.dumpDataDir('gzip');
  mkdirSync(path.dirname(TEMPLATE_FILE), { recursive: true });
  writeFileSync(TEMPLATE_FILE, Buffer.from(await dump.arrayBuffer()));
  await database.close();
}
