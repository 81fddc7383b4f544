import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { type Session, uploadPhoto } from '../../../test/helpers';
import { buildSite, signInNew, useWorld } from '../../../test/world';
import { buildSignalement } from '../../factories/signalements.factories';
import { imageKind } from '../../lib/images';

/** A JPEG carrying EXIF (device make, GPS-like comment) as a phone would write it. */
const jpegWithExif = (width = 2400, height = 1800) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneMaker', Model: 'Secret Model', ImageDescription: 'GPS 43.3258 5.4049' } })
    .toBuffer();

describe('signalement photos', () => {
  const { t, d: w } = useWorld(async (_, t) => {
    const { structureId: sid, territoryId: tid } = await buildSite(t.db);
    const med = await signInNew(t, { structureId: sid });
    return { med, sid, tid };
  });
  const upload = (s: Session, id: string, body: Buffer, type = 'image/jpeg', photoId?: string) =>
    uploadPhoto(s, id, body, type, photoId);

  it('strips EXIF, shrinks to 1600 px, is idempotent by photo id and serves the cleaned bytes', async () => {
    const s = await buildSignalement(t.db, { structureId: w.sid, territoryId: w.tid });
    const original = await jpegWithExif();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    expect(original.includes(Buffer.from('PhoneMaker'))).toBe(true);
    const photoId = randomUUID();
    const res = await upload(w.med, s.id, original, 'image/jpeg', photoId);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ id: photoId, largeur: 1600, hauteur: 1200 });
    expect((await upload(w.med, s.id, original, 'image/jpeg', photoId)).statusCode).toBe(200);
    const got = await w.med.get(`/api/signalements/${s.id}/photos/${photoId}`);
    expect(got.headers['content-type']).toBe('image/jpeg');
    const bytes = got.rawPayload;
    const meta = await sharp(bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(bytes.includes(Buffer.from('PhoneMaker'))).toBe(false);
    expect(bytes.includes(Buffer.from('Exif\0'))).toBe(false);
    expect((await w.med.get(`/api/signalements/${s.id}`)).json().photos).toHaveLength(1);
  });

  it('refuses a fourth photo, files that are not images whatever their declared type, and more than 5 MB', async () => {
    const s = await buildSignalement(t.db, { structureId: w.sid, territoryId: w.tid });
    const small = await jpegWithExif(50, 40);
    const png = await sharp({ create: { width: 30, height: 30, channels: 4, background: '#00ff00' } })
      .png()
      .toBuffer();
    expect((await upload(w.med, s.id, small)).statusCode).toBe(201);
    expect((await upload(w.med, s.id, png, 'image/png')).statusCode).toBe(201);
    expect((await upload(w.med, s.id, small, 'application/octet-stream')).statusCode).toBe(201);
    const fourth = await upload(w.med, s.id, small);
    expect(fourth.statusCode).toBe(400);
    expect(fourth.json().error.message).toMatch(/3 photos au plus/);

    const s2 = await buildSignalement(t.db, { structureId: w.sid, territoryId: w.tid });
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');
    const asJpeg = await upload(w.med, s2.id, pdf, 'image/jpeg');
    expect(asJpeg.statusCode).toBe(400);
    expect(asJpeg.json().error.details[0]).toMatchObject({ champ: 'photo' });
    expect((await upload(w.med, s2.id, Buffer.from('bonjour'), 'text/plain')).statusCode).toBe(400);
    const truncated = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100)]);
    expect((await upload(w.med, s2.id, truncated)).json().error.message).toMatch(/illisible/);
    const big = Buffer.concat([small, Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await upload(w.med, s2.id, big);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.message).toMatch(/5 Mo/);
    const huge = Buffer.concat([small, Buffer.alloc(7 * 1024 * 1024)]);
    expect((await upload(w.med, s2.id, huge)).statusCode).toBe(413);
    expect((await w.med.get(`/api/signalements/${s2.id}`)).json().photos).toEqual([]);
  });

  it('recognises images by magic bytes', () => {
    expect(imageKind(Buffer.from([0xff, 0xd8, 0xff, 0xdb]))).toBe('jpeg');
    expect(imageKind(Buffer.from('RIFF0000WEBPVP8 '))).toBe('webp');
    expect(imageKind(Buffer.from('GIF89a'))).toBeNull();
  });

  it('another structure can neither add nor read photos', async () => {
    const s = await buildSignalement(t.db, { structureId: w.sid, territoryId: w.tid });
    const other = await signInNew(t, { role: 'admin' });
    expect((await upload(other, s.id, await jpegWithExif(20, 20))).statusCode).toBe(404);
    const reader = await signInNew(t, { structureId: w.sid, role: 'lecteur' });
    expect((await upload(reader, s.id, await jpegWithExif(20, 20))).statusCode).toBe(403);
  });
});
