/**
 * The photos of a collective action (issue 14, part 3): the signalements' rules (lib/images.ts:
 * kinds recognised by their bytes, 5 MB, re-encoded without EXIF), at most ACTION_PHOTOS_MAX, each
 * sent with the author's word that no one is recognisable without consent (the query's
 * `consentement=oui`), idempotent on its client id, audited.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { ACTION_PHOTOS_MAX, type ActionPhotoView } from '../../../../domain/actions/action-suites';
import { conflict, notFound } from '../../../../domain/errors';
import type { DbOrTx } from '../../db/client';
import { columnsWithoutData } from '../../db/columns';
import { actionPhotos } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { refused, sanitizeImage } from '../../lib/images';
import { loadAction } from './actions.read';

/** Every column but the bytes: lists and checks never load a photo. */
const meta = columnsWithoutData(actionPhotos);

const view = (r: Omit<typeof actionPhotos.$inferSelect, 'data'>): ActionPhotoView => ({
  id: r.id,
  largeur: r.width,
  hauteur: r.height,
  taille: r.size,
  le: r.createdAt.toISOString(),
});

/** Refusals that need no pixels: the action out of reach, an id of another action, the count. */
async function precheck(tx: DbOrTx, ctx: ServiceContext, actionId: string, id: string) {
  if (!(await loadAction(tx, ctx.actor, actionId))) throw notFound('Action');
  const [existing] = await tx.select(meta).from(actionPhotos).where(eq(actionPhotos.id, id));
  if (existing) {
    if (existing.actionId !== actionId) throw conflict('Cet identifiant de photo est déjà utilisé.');
    return existing;
  }
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(actionPhotos)
    .where(eq(actionPhotos.actionId, actionId));
  if ((count?.n ?? 0) >= ACTION_PHOTOS_MAX) throw refused(`${ACTION_PHOTOS_MAX} photos au plus par action.`);
  return null;
}

/** Adds a photo once (the same photo id again: nothing new); the decode runs outside the transaction. */
export async function addActionPhoto(
  ctx: ServiceContext,
  actionId: string,
  photoId: string | undefined,
  body: Buffer,
): Promise<{ photo: ActionPhotoView; created: boolean }> {
  const id = photoId ?? randomUUID();
  const known = await precheck(ctx.db, ctx, actionId, id);
  if (known) return { photo: view(known), created: false };
  const clean = await sanitizeImage(body);
  return ctx.db.transaction(async (tx) => {
    const existing = await precheck(tx, ctx, actionId, id);
    if (existing) return { photo: view(existing), created: false };
    const [row] = await tx
      .insert(actionPhotos)
      .values({
        id,
        actionId,
        width: clean.width,
        height: clean.height,
        size: clean.data.length,
        data: clean.data,
        creePar: ctx.actor.userId,
        createdAt: ctx.now(),
      })
      .returning(meta);
    await auditChange(tx, ctx, 'create', 'action_photo', id, {
      after: { actionId, largeur: clean.width, hauteur: clean.height, taille: clean.data.length },
    });
    return { photo: view(row!), created: true };
  });
}

/** The photos of an action the actor sees, oldest first. */
export async function listActionPhotos(ctx: ServiceContext, actionId: string): Promise<ActionPhotoView[]> {
  if (!(await loadAction(ctx.db, ctx.actor, actionId))) throw notFound('Action');
  const rows = await ctx.db
    .select(meta)
    .from(actionPhotos)
    .where(eq(actionPhotos.actionId, actionId))
    .orderBy(asc(actionPhotos.createdAt), asc(actionPhotos.id));
  return rows.map(view);
}

/** The bytes of one photo of an action the actor sees. */
export async function readActionPhoto(ctx: ServiceContext, actionId: string, photoId: string) {
  if (!(await loadAction(ctx.db, ctx.actor, actionId))) throw notFound('Action');
  const [row] = await ctx.db
    .select({ data: actionPhotos.data })
    .from(actionPhotos)
    .where(and(eq(actionPhotos.id, photoId), eq(actionPhotos.actionId, actionId)));
  if (!row) throw notFound('Photo');
  return row.data;
}
