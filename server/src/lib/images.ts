/**
 * Photos as the field sends them (ADR 037 for actions, the signalements' own rules first): the
 * cheap checks on the bytes, then one bounded decode that re-encodes a clean JPEG without any
 * metadata. Shared by the signalements' and the collective actions' photos.
 */

import type { FastifyInstance } from 'fastify';
import { AppError, validationFailed } from '../../../domain/errors';
import {
  PHOTO_MAX_BYTES,
  PHOTO_MAX_PIXELS,
  PHOTO_MAX_SIDE,
} from '../../../domain/signalements/signalement.schema';
import { createLimiter } from './limiter';

/** JPEG, PNG or WebP, recognised by their first bytes (never by the declared type). */
export function imageKind(buf: Buffer): 'jpeg' | 'png' | 'webp' | null {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'jpeg';
  if (
    buf.length >= 8 &&
    buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return 'png';
  if (buf.length >= 12 && buf.toString('latin1', 0, 4) === 'RIFF' && buf.toString('latin1', 8, 12) === 'WEBP')
    return 'webp';
  return null;
}

/** A photo refused, on the field `photo`. */
export const refused = (message: string) => validationFailed(message, [{ champ: 'photo', message }]);
const tooBig = (message: string) => new AppError('trop_volumineux', 413, message);
const PIXELS_MSG = `La photo dépasse ${PHOTO_MAX_PIXELS / 1_000_000} mégapixels : réduisez-la avant l’envoi.`;

/**
 * Decoding is the costly step (a 16000 × 16000 PNG took 1.6 s and ~110 MB here): two at once per
 * process; eight more may wait, holding only their body (5 MB at most); the rest are told to come
 * back (the offline outbox retries a 503 by itself).
 */
export const imageDecoding = createLimiter({
  concurrency: 2,
  queue: 8,
  busy: () =>
    new AppError(
      'serveur_occupe',
      503,
      'Le serveur traite déjà plusieurs photos : réessayez dans un instant.',
    ),
});

/** The cheap checks, on the bytes as received: size and kind. Nothing is decoded. */
export function checkImageBytes(buf: Buffer): void {
  if (buf.length > PHOTO_MAX_BYTES) throw tooBig('La photo dépasse 5 Mo : réduisez-la avant l’envoi.');
  if (!imageKind(buf)) throw refused('Ce fichier n’est pas une photo (JPEG, PNG ou WebP attendu).');
}

/**
 * Re-encodes the image as JPEG: orientation applied, at most 1600 px, and every metadata block
 * (EXIF position, device, time; XMP; ICC comments) dropped, since sharp writes none by default.
 * The pixel count is read from the header first, and bounded again in the decoder itself.
 */
export async function sanitizeImage(buf: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  checkImageBytes(buf);
  // Loaded on the first photo, not at boot.
  const { default: sharp } = await import('sharp');
  let pixels: number;
  try {
    const meta = await sharp(buf).metadata();
    // Only the first page (frame) of a file is ever decoded.
    pixels = (meta.width ?? 0) * (meta.height ?? 0);
  } catch {
    throw refused('Photo illisible ou endommagée.');
  }
  if (pixels > PHOTO_MAX_PIXELS) throw tooBig(PIXELS_MSG);
  return imageDecoding.run(async () => {
    try {
      const { data, info } = await sharp(buf, { failOn: 'error', limitInputPixels: PHOTO_MAX_PIXELS })
        .rotate()
        .resize({ width: PHOTO_MAX_SIDE, height: PHOTO_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
        // libjpeg-turbo, not mozjpeg: 11 ms instead of 121 ms for an 800 × 600 photo here, for
        // files about 15 % larger (ADR 036's addendum: 20 photos were 2.4 s of a 500-entry sync).
        .jpeg({ quality: 82 })
        .toBuffer({ resolveWithObject: true });
      return { data, width: info.width, height: info.height };
    } catch (err) {
      if (err instanceof Error && /pixel limit/i.test(err.message)) throw tooBig(PIXELS_MSG);
      throw refused('Photo illisible ou endommagée.');
    }
  });
}

/**
 * The body of a photo upload as bytes. An image arrives raw (a Buffer); a JSON or form body was
 * parsed into an object: refused before it is touched (a deeply nested array cannot even be
 * turned into a string).
 */
export function rawImageBody(body: unknown): Buffer {
  if (body !== undefined && !Buffer.isBuffer(body) && typeof body !== 'string') {
    throw new AppError(
      'type_non_supporte',
      415,
      'La photo s’envoie en image brute (JPEG, PNG ou WebP), pas en JSON ni en formulaire.',
    );
  }
  return Buffer.isBuffer(body) ? body : Buffer.from(body ?? '');
}

/**
 * Photos arrive as the raw image body (offline outbox friendly); the type is checked by magic
 * bytes. Registered in each plugin that takes photos (a parser is scoped to its plugin).
 */
export function acceptRawImages(app: FastifyInstance): void {
  const parseImage = { parseAs: 'buffer' as const, bodyLimit: PHOTO_MAX_BYTES + 1024 * 1024 };
  app.addContentTypeParser(/^image\//, parseImage, (_req, body, done) => done(null, body));
  app.addContentTypeParser('application/octet-stream', parseImage, (_req, body, done) => done(null, body));
}
