import { randomUUID } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { type Session, uploadPhoto } from '../../../test/helpers';
import { buildSite, signInNew, useWorld } from '../../../test/world';
import { buildStructure, buildTerritoire } from '../../factories/factories';
import { buildSignalement } from '../../factories/signalements.factories';
import { imageDecoding } from '../../lib/images';
import { createLimiter } from '../../lib/limiter';

const crc32 = (buf: Buffer) => {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
/** A PNG whose header declares width × height (what a decoder would allocate for), in a few bytes. */
const pngDeclaring = (width: number, height: number) => {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(1 + width * 3))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

describe('photo uploads are checked before they are decoded', () => {
  const { t, d: world } = useWorld(async (_, t) => {
    const { structureId: sid, territoryId: tid } = await buildSite(t.db);
    const med = await signInNew(t, { structureId: sid });
    return { med, sid, tid };
  });
  const upload = (s: Session, id: string, body: Buffer, type = 'image/png') => uploadPhoto(s, id, body, type);

  it('a 16000 × 16000 PNG to an unknown or foreign signalement is a 404 without any decode', async () => {
    const bomb = pngDeclaring(16_000, 16_000);
    expect((await sharp(bomb).metadata()).width).toBe(16_000);
    const before = imageDecoding.stats.started;
    const unknown = await upload(world.med, randomUUID(), bomb);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toMatch(/Signalement/);
    const otherSid = (await buildStructure(t.db)).id;
    const foreign = await buildSignalement(t.db, {
      structureId: otherSid,
      territoryId: (await buildTerritoire(t.db, { structureId: otherSid })).id,
    });
    expect((await upload(world.med, foreign.id, bomb)).statusCode).toBe(404);
    const reader = await signInNew(t, { structureId: world.sid, role: 'lecteur' });
    const mine = await buildSignalement(t.db, { structureId: world.sid, territoryId: world.tid });
    expect((await upload(reader, mine.id, bomb)).statusCode).toBe(403);
    expect(imageDecoding.stats.started).toBe(before);
  });

  it('refuses a JSON or form body with a French 415, even a deeply nested one', async () => {
    const mine = await buildSignalement(t.db, { structureId: world.sid, territoryId: world.tid });
    const nested = `[${'['.repeat(5000)}${']'.repeat(5000)}]`;
    const res = await world.med.request({
      method: 'POST',
      url: `/api/signalements/${mine.id}/photos`,
      headers: { 'content-type': 'application/json' },
      payload: nested,
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toMatch(/image brute/);
  });

  it('refuses more than 25 megapixels from the header, in French, before decoding', async () => {
    const s = await buildSignalement(t.db, { structureId: world.sid, territoryId: world.tid });
    const before = imageDecoding.stats.started;
    for (const [w, h] of [
      [16_000, 16_000],
      [5001, 5000],
    ] as const) {
      const res = await upload(world.med, s.id, pngDeclaring(w, h));
      expect(res.statusCode).toBe(413);
      expect(res.json().error).toMatchObject({ code: 'trop_volumineux' });
      expect(res.json().error.message).toMatch(/25 mégapixels/);
    }
    expect(imageDecoding.stats.started).toBe(before);
    const ok = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } })
      .png()
      .toBuffer();
    expect((await upload(world.med, s.id, ok)).statusCode).toBe(201);
    expect(imageDecoding.stats.started).toBe(before + 1);
    expect((await world.med.get(`/api/signalements/${s.id}`)).json().photos).toHaveLength(1);
  });

  it('decodes two images at a time, lets eight wait, and answers 503 in French beyond', async () => {
    const s = await buildSignalement(t.db, { structureId: world.sid, territoryId: world.tid });
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#445566' } })
      .jpeg()
      .toBuffer();
    let open!: () => void;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const held = Array.from({ length: 10 }, () => imageDecoding.run(() => gate));
    expect(imageDecoding.stats).toMatchObject({ active: 2, waiting: 8 });
    const busy = await upload(world.med, s.id, jpeg, 'image/jpeg');
    expect(busy.statusCode).toBe(503);
    expect(busy.json().error).toMatchObject({ code: 'serveur_occupe' });
    expect(busy.json().error.message).toMatch(/réessayez/);
    open();
    await Promise.all(held);
    expect(imageDecoding.stats).toMatchObject({ active: 0, waiting: 0 });
    expect((await upload(world.med, s.id, jpeg, 'image/jpeg')).statusCode).toBe(201);
  });

  it('the limiter never runs more than its concurrency and hands each slot on in order', async () => {
    const limiter = createLimiter({ concurrency: 2, queue: 10, busy: () => new Error('occupé') });
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        limiter.run(async () => {
          running++;
          peak = Math.max(peak, running);
          await new Promise((r) => setImmediate(r));
          order.push(i);
          running--;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(limiter.stats).toEqual({ active: 0, waiting: 0, started: 8 });
  });
});
