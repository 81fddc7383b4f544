/** PGlite's bytea through Node's hex codec (PGLITE_TYPES): every byte comes back as it went. */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openMemoryPglite } from './client';

describe('PGlite bytea converters', () => {
  it('sends and reads back any bytes, empty ones too, as a Buffer', async () => {
    const { client, close } = await openMemoryPglite();
    try {
      await client.exec('create table t (id int primary key, data bytea not null)');
      const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
      const photo = randomBytes(200_000);
      const inner = new Uint8Array(photo.buffer, photo.byteOffset + 10, 100);
      const rows = [all, photo, Buffer.alloc(0), inner];
      for (const [i, data] of rows.entries()) {
        await client.query('insert into t values ($1, $2)', [i, data]);
      }
      const back = await client.query<{ id: number; data: Buffer; n: number }>(
        'select id, data, length(data) as n from t order by id',
      );
      for (const [i, data] of rows.entries()) {
        expect(back.rows[i]?.n).toBe(data.byteLength);
        expect(Buffer.isBuffer(back.rows[i]?.data)).toBe(true);
        expect(Buffer.compare(back.rows[i]!.data, Buffer.from(data))).toBe(0);
      }
      await expect(client.query('insert into t values (9, $1::bytea)', ['pas des octets'])).rejects.toThrow();
    } finally {
      await close();
    }
  });
});
