import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { conflict, notFound } from '../../../../domain/errors';
import { PHOTO_MAX_COUNT, type PhotoView } from '../../../../domain/signalements/signalement.schema';
import type { DbOrTx } from '../../db/client';
import { signalementPhotos } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { refused, sanitizeImage } from '../../lib/images';
import { getVisibleRow } from './signalements.read';

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
