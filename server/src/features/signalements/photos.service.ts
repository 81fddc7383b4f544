import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { AppError, conflict, notFound, validationFailed } from '../../../../domain/errors';
import {
  PHOTO_MAX_BYTES,
  PHOTO_MAX_COUNT,
  PHOTO_MAX_SIDE,
  type PhotoView,
} from '../../../../domain/signalements/signalement.schema';
import type { DbOrTx } from '../../db/client';
import { signalementPhotos } from '../../db/schema';
import { auditActor, writeAudit } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { getVisibleRow } from './signalements.service';

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

/**
 * Re-encodes the image as JPEG: orientation applied, at most 1600 px, and every metadata block
 * (EXIF position, device, time; XMP; ICC comments) dropped, since sharp writes none by default.
 */
export async function sanitizeImage(buf: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  if (buf.length > PHOTO_MAX_BYTES)
    throw new AppError('trop_volumineux', 413, 'La photo dépasse 5 Mo : réduisez-la avant l’envoi.');
  if (!imageKind(buf)) throw refused('Ce fichier n’est pas une photo (JPEG, PNG ou WebP attendu).');
  try {
    // Loaded on the first photo, not at boot.
    const { default: sharp } = await import('sharp');
    const { data, info } = await sharp(buf, { failOn: 'error' })
      .rotate()
      .resize({ width: PHOTO_MAX_SIDE, height: PHOTO_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch {
    throw refused('Photo illisible ou endommagée.');
  }
}

/** Adds a photo once (same photo id again: nothing new), at most 3 per signalement. */
export async function addPhoto(
  ctx: ServiceContext,
  signalementId: string,
  photoId: string | undefined,
  body: Buffer,
): Promise<{ photo: PhotoView; created: boolean }> {
  const clean = await sanitizeImage(body);
  return ctx.db.transaction(async (tx) => {
    await getVisibleRow(tx, ctx.actor, signalementId, true);
    const id = photoId ?? randomUUID();
    const [existing] = await tx.select().from(signalementPhotos).where(eq(signalementPhotos.id, id));
    if (existing) {
      if (existing.signalementId !== signalementId)
        throw conflict('Cet identifiant de photo est déjà utilisé.');
      return { photo: view(existing), created: false };
    }
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(signalementPhotos)
      .where(eq(signalementPhotos.signalementId, signalementId));
    if ((count?.n ?? 0) >= PHOTO_MAX_COUNT)
      throw refused(`${PHOTO_MAX_COUNT} photos au plus par signalement.`);
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
    await writeAudit(tx, {
      ...auditActor(ctx),
      action: 'create',
      entityType: 'signalement_photo',
      entityId: id,
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
