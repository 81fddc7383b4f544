import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openThrowawayPostgres } from '../../test/test-db';
import { type Database, openMemoryPglite } from './client';
import { migrationsFolder } from './migrate';

const TAG = 'tokens_audit_channel';

/** An empty database of the engine under test (PGlite, or PostgreSQL when TEST_DATABASE_URL is set). */
async function openEmpty(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return openMemoryPglite();
  return openThrowawayPostgres(url, 'trame_mig');
}

async function migrateWith(database: Database, folder: string) {
  if (database.engine === 'pglite' || !database.pool) {
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the driver-specific type
    await migratePglite(database.db as any, { migrationsFolder: folder });
  } else {
    await migrateNodePg(drizzle(database.pool), { migrationsFolder: folder });
  }
}

describe('migration: audit channel and token expiry on existing rows (ADR 016)', () => {
  let database: Database;
  let before: string;
  beforeAll(async () => {
    // The migrations up to, not including, this one.
    before = mkdtempSync(path.join(tmpdir(), 'trame-mig-'));
    cpSync(migrationsFolder, before, { recursive: true });
    const journalFile = path.join(before, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Array<{ tag: string }> };
    const at = journal.entries.findIndex((e) => e.tag.endsWith(TAG));
    expect(at).toBeGreaterThan(0);
    journal.entries = journal.entries.slice(0, at);
    writeFileSync(journalFile, JSON.stringify(journal));
    database = await openEmpty();
    await migrateWith(database, before);
  });
  afterAll(async () => {
    await database?.close();
    rmSync(before, { recursive: true, force: true });
  });

  it('gives existing tokens one year from the migration and infers the channel of older rows', async () => {
    const { db } = database;
    const s = randomUUID();
    const u = randomUUID();
    await db.execute(sql`insert into structures (id, nom) values (${s}, 'Avant')`);
    await db.execute(
      sql`insert into users (id, structure_id, email, prenom, nom, role) values (${u}, ${s}, 'avant@test.trame.local', 'A', 'B', 'admin')`,
    );
    await db.execute(
      sql`insert into api_tokens (structure_id, user_id, nom, prefix, token_hash) values (${s}, ${u}, 'Ancien', 'trm_x', 'h')`,
    );
    const rows: Array<[string | null, string, string]> = [
      [u, `utilisateur:${u}`, 'login'],
      [u, `utilisateur:${u}`, 'update'],
      [null, 'partenaire:p', 'update'],
      [null, 'open311:k', 'create'],
      [null, 'systeme:expiration-orientations', 'update'],
      [null, 'cli', 'create'],
    ];
    for (const [actor, label, action] of rows) {
      await db.execute(
        sql`insert into audit_log (structure_id, actor_user_id, actor_label, action, entity_type) values (${s}, ${actor}, ${label}, ${action}, 'x')`,
      );
    }
    await migrateWith(database, migrationsFolder);
    const tokens = (await db.execute(
      sql`select round(extract(epoch from (expires_at - now())) / 86400)::int as days from api_tokens`,
    )) as unknown as { rows: Array<{ days: number }> };
    expect(tokens.rows.map((r) => Number(r.days))).toEqual([365]);
    const audit = (await db.execute(
      sql`select channel, real_actor_user_id as real from audit_log order by id`,
    )) as unknown as { rows: Array<{ channel: string; real: string | null }> };
    expect(audit.rows.map((r) => r.channel)).toEqual([
      'session',
      'inconnu',
      'lien',
      'open311',
      'systeme',
      'systeme',
    ]);
    expect(audit.rows.map((r) => r.real)).toEqual([u, u, null, null, null, null]);
    // New rows must say their channel, and a token id goes with 'jeton' only.
    await expect(
      db.execute(
        sql`insert into audit_log (actor_label, action, entity_type, channel) values ('x', 'read', 'x', 'jeton')`,
      ),
    ).rejects.toThrow();
    await expect(
      db.execute(sql`insert into audit_log (actor_label, action, entity_type) values ('x', 'read', 'x')`),
    ).rejects.toThrow();
  });
});
