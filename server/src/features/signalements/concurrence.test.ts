import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { buildSite, useWorld } from '../../../test/world';
import { signalementPhotos, signalementStatuts, signalements } from '../../db/schema';

/** Phones retry and resend: races must keep one signalement and at most 3 photos (meaningful on PostgreSQL). */
describe('signalements under concurrent resends', () => {
  const { t, med } = useWorld((db) => buildSite(db, { users: { med: {} } }), ['med']);

  it('ten simultaneous sends of one capture make one signalement with one history', async () => {
    const body = { id: randomUUID(), categorie: 'proprete', latitude: 43.32589, longitude: 5.40493 };
    const res = await Promise.all(Array.from({ length: 10 }, () => med.post('/api/signalements', body)));
    expect(res.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    const [n] = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(signalements)
      .where(eq(signalements.id, body.id));
    expect(n!.n).toBe(1);
    const hist = await t.db
      .select()
      .from(signalementStatuts)
      .where(eq(signalementStatuts.signalementId, body.id));
    expect(hist).toHaveLength(1);
  });

  it('eight simultaneous photos keep exactly three', async () => {
    const s = (
      await med.post('/api/signalements', {
        id: randomUUID(),
        categorie: 'voirie',
        latitude: 43.32589,
        longitude: 5.40493,
      })
    ).json();
    const jpeg = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#884422' } })
      .jpeg()
      .toBuffer();
    const res = await Promise.all(
      Array.from({ length: 8 }, () =>
        med.request({
          method: 'POST',
          url: `/api/signalements/${s.signalement.id}/photos?photoId=${randomUUID()}`,
          payload: jpeg,
          headers: { 'content-type': 'image/jpeg' },
        }),
      ),
    );
    expect(res.filter((r) => r.statusCode === 201)).toHaveLength(3);
    expect(res.filter((r) => r.statusCode === 400)).toHaveLength(5);
    const rows = await t.db
      .select({ id: signalementPhotos.id })
      .from(signalementPhotos)
      .where(eq(signalementPhotos.signalementId, s.signalement.id));
    expect(rows).toHaveLength(3);
  });
});
