import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratedBefore } from '../../test/migration-before';

const TAG = 'tokens_audit_channel';

describe('migration: audit channel and token expiry on existing rows (ADR 016)', () => {
  let m: Awaited<ReturnType<typeof migratedBefore>>;
  beforeAll(async () => {
    m = await migratedBefore(TAG);
  });
  afterAll(async () => {
    await m?.close();
  });

  it('gives existing tokens one year from the migration and infers the channel of older rows', async () => {
    const { db } = m.database;
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
    await m.finish();
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
