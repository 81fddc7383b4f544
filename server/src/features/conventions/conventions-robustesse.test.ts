/**
 * Conventions under hostile or concurrent input: never a 500, never a false audit row. The
 * concurrency cases prove something on PostgreSQL (PGlite runs one transaction at a time).
 */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useWorld } from '../../../test/world';
import { auditLog } from '../../db/schema';
import { buildConventionDataset } from '../../factories/conventions.dataset';

describe('conventions: hostile and concurrent input', () => {
  const { t, d, direction } = useWorld(buildConventionDataset, ['direction']);

  const body = (o: Record<string, unknown> = {}) => ({
    partenaireId: d.financeur.id,
    nom: 'Convention robustesse',
    du: '2026-01-01',
    au: '2026-12-31',
    territoireIds: [d.fraisVallon.id],
    objectifs: [{ indicateur: 'contacts', cible: 100 }],
    ...o,
  });
  const create = async (o: Record<string, unknown> = {}) => {
    const res = await direction.post('/api/conventions', body(o));
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  const audits = (id: string, action: string) =>
    t.db
      .select({ diff: auditLog.diff })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, action)));

  it('strips control characters (NUL included) from texts and searches instead of failing', async () => {
    const id = await create({ nom: 'Bus\u0000 de nuit\u0007', commentaire: '\u0000' });
    const c = (await direction.get(`/api/conventions/${id}`)).json();
    expect(c).toMatchObject({ nom: 'Bus de nuit', commentaire: null });
    const found = await direction.get('/api/conventions?q=%00Bus%20de');
    expect(found.statusCode).toBe(200);
    expect(found.json().items.map((x: { id: string }) => x.id)).toContain(id);
    const empty = await direction.post('/api/conventions', body({ nom: '\u0000 ' }));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details).toEqual([{ champ: 'nom', message: expect.any(String) }]);
  });

  it('refuses days PostgreSQL or the period bounds cannot hold, naming the field', async () => {
    for (const [du, au] of [
      ['0000-01-01', '0000-12-31'],
      ['9999-12-01', '9999-12-31'],
    ]) {
      const res = await direction.post('/api/conventions', body({ du, au }));
      expect(res.statusCode, du).toBe(400);
      expect(res.json().error.details).toEqual(
        expect.arrayContaining([{ champ: 'du', message: 'Date hors des années 1900 à 2199.' }]),
      );
    }
    const rapport = await direction.get('/api/rapports/activite?du=9999-12-30&au=9999-12-31');
    expect(rapport.statusCode).toBe(400);
  });

  it('keeps targets to hundredths: a target of 1e-300 gives no rate, not 10^302 %', async () => {
    const id = await create({ objectifs: [{ indicateur: 'contacts', cible: 1e-300 }] });
    const r = (await direction.get(`/api/conventions/${id}/rapport`)).json();
    expect(r.objectifs).toEqual([expect.objectContaining({ indicateur: 'contacts', cible: 0, taux: null })]);
  });

  it('runs concurrent writes of one convention one after the other: each audit row is what it replaced', async () => {
    const id = await create();
    const noms = ['P1', 'P2', 'P3', 'P4'];
    const res = await Promise.all(
      noms.map((nom) => direction.patch(`/api/conventions/${id}`, body({ nom }))),
    );
    expect(res.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    const befores = (await audits(id, 'update'))
      .map((a) => (a.diff as { nom: { avant: string } }).nom.avant)
      .sort();
    // Each update replaced a different state: the original, then three of the new names.
    expect(new Set(befores).size).toBe(4);
    expect(befores).toContain('Convention robustesse');
  });

  it('answers a write racing a delete with 404, and deletes once', async () => {
    const id = await create();
    const [patch, del1, del2] = await Promise.all([
      direction.patch(`/api/conventions/${id}`, body({ nom: 'Trop tard' })),
      direction.delete(`/api/conventions/${id}`),
      direction.delete(`/api/conventions/${id}`),
    ]);
    expect([200, 404]).toContain(patch.statusCode);
    expect([del1.statusCode, del2.statusCode].sort()).toEqual([204, 404]);
    expect(await audits(id, 'delete')).toHaveLength(1);
    expect((await direction.get(`/api/conventions/${id}`)).statusCode).toBe(404);
  });
});
