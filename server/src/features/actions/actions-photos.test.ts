/**
 * The photos of a collective action (issue 14, part 3): the signalements' rules (EXIF gone,
 * idempotent on the photo id), refused without the author's word on consent, at most six, audited,
 * out of reach of another structure.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { champsOf, login, type Session } from '../../../test/helpers';
import { useWorld } from '../../../test/world';
import { auditLog } from '../../db/schema';
import { buildStructure, buildUser } from '../../factories/factories';
import { buildMainCouranteStructure } from '../main-courante/main-courante.factories';

const jpegWithExif = (width = 1200, height = 900) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneMaker', ImageDescription: 'Fête des voisins, M. Martin' } })
    .toBuffer();

describe('actions: photos', () => {
  const { t, d: s, coord } = useWorld(buildMainCouranteStructure, ['coord']);
  const upload = (who: Session, id: string, body: Buffer, query: string) =>
    who.request({
      method: 'POST',
      url: `/api/actions/${id}/photos?${query}`,
      payload: body,
      headers: { 'content-type': 'image/jpeg' },
    });

  async function action() {
    const id = randomUUID();
    const res = await coord.post('/api/actions', {
      id,
      type: 'evenement_festif',
      titre: 'Fête des voisins',
      debut: '2027-06-10T18:00:00+02:00',
      fin: '2027-06-10T22:00:00+02:00',
      territoireId: s.malpasse.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    return id;
  }

  it('keeps a photo once, without its metadata, only with the word on consent, and audits it', async () => {
    const id = await action();
    const original = await jpegWithExif();
    const sans = await upload(coord, id, original, '');
    expect(sans.statusCode).toBe(400);
    expect(champsOf(sans)).toEqual(['consentement']);
    expect(sans.json().error.details[0].message).toBe(
      'Confirmez qu’aucune personne n’est reconnaissable sans son accord.',
    );

    const photoId = randomUUID();
    const res = await upload(coord, id, original, `photoId=${photoId}&consentement=oui`);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ id: photoId, largeur: 1200, hauteur: 900 });
    expect((await upload(coord, id, original, `photoId=${photoId}&consentement=oui`)).statusCode).toBe(200);
    expect((await coord.get(`/api/actions/${id}/photos`)).json()).toHaveLength(1);

    const got = await coord.get(`/api/actions/${id}/photos/${photoId}`);
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(got.rawPayload).metadata()).exif).toBeUndefined();
    expect(got.rawPayload.includes(Buffer.from('PhoneMaker'))).toBe(false);
    expect(got.rawPayload.includes(Buffer.from('Martin'))).toBe(false);

    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, photoId), eq(auditLog.action, 'create')));
    expect(audits.map((a) => a.entityType)).toEqual(['action_photo']);
  });

  it('refuses a seventh photo, a JSON body, and keeps another structure out', async () => {
    const id = await action();
    const small = await jpegWithExif(40, 30);
    for (let i = 0; i < 6; i += 1)
      expect((await upload(coord, id, small, 'consentement=oui')).statusCode).toBe(201);
    const septieme = await upload(coord, id, small, 'consentement=oui');
    expect(septieme.statusCode).toBe(400);
    expect(septieme.json().error.message).toBe('6 photos au plus par action.');
    const json = await coord.request({
      method: 'POST',
      url: `/api/actions/${id}/photos?consentement=oui`,
      payload: { photo: 'x' },
    });
    expect(json.statusCode).toBe(415);

    const ailleurs = await buildStructure(t.db);
    const other = await login(
      t.app,
      (await buildUser(t.db, { structureId: ailleurs.id, role: 'coordinateur' })).email,
    );
    expect((await upload(other, id, small, 'consentement=oui')).statusCode).toBe(404);
    expect((await other.get(`/api/actions/${id}/photos`)).statusCode).toBe(404);
    const [first] = (await coord.get(`/api/actions/${id}/photos`)).json();
    expect((await other.get(`/api/actions/${id}/photos/${first.id}`)).statusCode).toBe(404);
  });
});
