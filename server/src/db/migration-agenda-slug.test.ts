import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slugFromNom } from '../../../domain/structures/slug';
import { migratedBefore } from '../../test/migration-before';

type Rows<T> = { rows: T[] };

/** Migration 0028 (ADR 035): slugs for existing structures, and the projects' action FK. */
describe('migration: structure slugs and the action of origin of projects', () => {
  let m: Awaited<ReturnType<typeof migratedBefore>>;
  beforeAll(async () => {
    m = await migratedBefore('agenda_slug');
  });
  afterAll(async () => {
    await m?.close();
  });

  it('gives each structure the slug of its name, unique, and forgets a dangling action of origin', async () => {
    const { db } = m.database;
    const noms = ['GIP Médiation Démo', 'Œuvre & Cœur — Île-de-France', 'Ça', '!!!', 'GIP médiation démo'];
    for (const [i, nom] of noms.entries()) {
      await db.execute(
        sql`insert into structures (id, nom, created_at) values (${randomUUID()}, ${nom}, ${`2026-01-0${i + 1}T00:00:00Z`})`,
      );
    }
    const s = randomUUID();
    const t = randomUUID();
    await db.execute(sql`insert into structures (id, nom) values (${s}, ${'x'.repeat(60)})`);
    await db.execute(
      sql`insert into territories (id, structure_id, qpv_code, nom, communes) values (${t}, ${s}, 'QN01342I', 'Q', '{}')`,
    );
    const projet = randomUUID();
    await db.execute(
      sql`insert into projets (id, structure_id, territory_id, titre, action_origine_id) values (${projet}, ${s}, ${t}, 'P', ${randomUUID()})`,
    );
    await m.finish();
    const rows = (await db.execute(
      sql`select nom, slug, md5(id::text) as h from structures order by created_at, id`,
    )) as unknown as Rows<{ nom: string; slug: string; h: string }>;
    const bySlug = Object.fromEntries(rows.rows.map((r) => [r.nom, r.slug]));
    expect(bySlug).toEqual({
      'GIP Médiation Démo': 'gip-mediation-demo',
      'Œuvre & Cœur — Île-de-France': 'oeuvre-coeur-ile-de-france',
      Ça: 'structure-ca',
      '!!!': 'structure',
      'GIP médiation démo': `gip-mediation-demo-${rows.rows.find((r) => r.nom === 'GIP médiation démo')!.h.slice(0, 6)}`,
      ['x'.repeat(60)]: 'x'.repeat(40),
    });
    // The SQL of the migration and the service's slugFromNom agree.
    for (const nom of noms.slice(0, 4)) expect(slugFromNom(nom)).toBe(bySlug[nom]);
    const p = (await db.execute(
      sql`select action_origine_id as a from projets where id = ${projet}`,
    )) as unknown as Rows<{ a: string | null }>;
    expect(p.rows[0]!.a).toBeNull();
    await expect(
      db.execute(sql`update projets set action_origine_id = ${randomUUID()} where id = ${projet}`),
    ).rejects.toThrow();
    await expect(
      db.execute(sql`insert into structures (nom, slug) values ('Copie', 'gip-mediation-demo')`),
    ).rejects.toThrow();
  });
});
