import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { AppError, conflict, notFound, validationFailed } from '../../../../domain/errors';
import {
  PHOTO_MAX_BYTES,
  PHOTO_MAX_COUNT,
  PHOTO_MAX_PIXELS,
  PHOTO_MAX_SIDE,
  type PhotoView,
} from '../../../../domain/signalements/signalement.schema';
import type { DbOrTx } from '../../db/client';
import { signalementPhotos } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { createLimiter } from '../../lib/limiter';
import { getVisibleRow } from './signalements.read';

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

const refused = (message: string) => validationFailed(message, [{ champ: 'photo', message }]);
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
        .jpeg({ quality: 82, mozjpeg: true })
        .toBuffer({ resolveWithObject: true });
      return { data, width: info.width, height: info.height };
    } catch (err) {
      if (err instanceof Error && /pixel limit/i.test(err.message)) throw tooBig(PIXELS_MSG);
      throw refused('Photo illisible ou endommagée.');
    }
  });
}

/** What may be refused without decoding: rights, the signalement, a known photo id, the count. */
async function precheck(tx: DbOrTx, ctx: ServiceContext, signalementId: string, id: string, lock: boolean) {
  await getVisibleRow(tx, ctx.actor, signalementId, lock);
  const [existing] = await tx.select().from(signalementPhotos).where(eq(signalementPhotos.id, id));
  if (existing) {
    if (existing.signalementId !== signalementId)
      throw conflict('Cet identifiant de photo est déjà utilisé.');
    return existing;
  }
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(signalementPhotos)
    .where(eq(signalementPhotos.signalementId, signalementId));
  if ((count?.n ?? 0) >= PHOTO_MAX_COUNT) throw refused(`${PHOTO_MAX_COUNT} photos au plus par signalement.`);
  return null;
}

/**
 * Adds a photo once (same photo id again: nothing new), at most 3 per signalement. Every refusal
 * that needs no pixels comes first: a 404 or 403 never costs a decode. The decode runs outside
 * the transaction (PGlite has one connection), which checks everything again under a row lock.
 */
export async function addPhoto(
  ctx: ServiceContext,
  signalementId: string,
  photoId: string | undefined,
  body: Buffer,
): Promise<{ photo: PhotoView; created: boolean }> {
  const id = photoId ?? randomUUID();
  const known = await precheck(ctx.db, ctx, signalementId, id, false);
  if (known) return { photo: view(known), created: false };
  const clean = await sanitizeImage(body);
  return ctx.db.transaction(async (tx) => {
    const existing = await precheck(tx, ctx, signalementId, id, true);
    if (existing) return { photo: view(existing), created: false };
    const [row] = await tx
      .insert(signalementPhotos)
      .values({
        id,
        signalementId,
        mime: 'image/jpeg',
        width: clean.width,
        height: clean.height,
        size: clean.data.length,
        data: clean.data,
        createdAt: ctx.now(),
      })
      .returning();
    await auditChange(tx, ctx, 'create', 'signalement_photo', id, {
      before: null,
      after: { signalementId, largeur: clean.width, hauteur: clean.height, taille: clean.data.length },
    });
    return { photo: view(row!), created: true };
  });
}

const view = (r: typeof signalementPhotos.$inferSelect): PhotoView => ({
  id: r.id,
  largeur: r.width,
  hauteur: r.height,
  taille: r.size,
});

/** The bytes of one photo of a signalement (the caller has checked the signalement is visible). */
export async function photoBytes(db: DbOrTx, signalementId: string, photoId: string) {
  const [row] = await db
    .select({ mime: signalementPhotos.mime, data: signalementPhotos.data })
    .from(signalementPhotos)
    .where(and(eq(signalementPhotos.id, photoId), eq(signalementPhotos.signalementId, signalementId)));
  if (!row) throw notFound('Photo');
  return row;
}

export async function readPhoto(ctx: ServiceContext, signalementId: string, photoId: string) {
  await getVisibleRow(ctx.db, ctx.actor, signalementId);
  return photoBytes(ctx.db, signalementId, photoId);
}
