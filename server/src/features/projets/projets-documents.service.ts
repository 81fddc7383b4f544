/**
 * The documents of a residents' project (issue 14, part 4): PDF, images (re-encoded without their
 * metadata, as photos are) and office files, recognised by their bytes; 10 MB each, 20 per
 * project; idempotent on a client id; adding, reading and removing one are audited (a document
 * may name people).
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { AppError, conflict, forbidden, notFound, validationFailed } from '../../../../domain/errors';
import { canManageProjet } from '../../../../domain/projets/projet.rules';
import {
  DOCUMENT_MAX_BYTES,
  DOCUMENT_NOM_HEADER,
  DOCUMENTS_PROJET_MAX,
  type DocumentProjetView,
  documentNomSchema,
} from '../../../../domain/projets/projet.schema';
import { PHOTO_MAX_BYTES } from '../../../../domain/signalements/signalement.schema';
import { columnsWithoutData } from '../../db/columns';
import { projetDocuments } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { imageKind, refused, sanitizeImage } from '../../lib/images';
import { loadProjetRow, touchProjet } from './projets.access';

/** Office files travel as ZIP containers: their declared type is kept when it is one of these. */
const OFFICE = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
]);

/** The bytes to keep and their type, or a French refusal. */
async function nettoyer(body: Buffer, declared: string): Promise<{ data: Buffer; mime: string }> {
  if (body.length > DOCUMENT_MAX_BYTES) {
    throw new AppError('trop_volumineux', 413, 'Le document dépasse 10 Mo : réduisez-le avant l’envoi.');
  }
  if (body.subarray(0, 5).toString('latin1') === '%PDF-') return { data: body, mime: 'application/pdf' };
  if (imageKind(body)) {
    if (body.length > PHOTO_MAX_BYTES) {
      throw new AppError(
        'trop_volumineux',
        413,
        'Une image jointe dépasse 5 Mo : réduisez-la, ou joignez-la dans un PDF.',
      );
    }
    return { data: (await sanitizeImage(body)).data, mime: 'image/jpeg' };
  }
  if (body.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) && OFFICE.has(declared)) {
    return { data: body, mime: declared };
  }
  throw refused('Type de document non accepté : PDF, image (JPEG, PNG, WebP), Word, Excel ou OpenDocument.');
}

/** Every column but the bytes: lists and checks never load a file. */
const meta = columnsWithoutData(projetDocuments);

/** The document's name from its header (percent-encoded UTF-8), or a French refusal on `nom`. */
function nomDuDocument(header: string | string[] | undefined): string {
  let raw: string | undefined;
  try {
    raw = typeof header === 'string' ? decodeURIComponent(header) : undefined;
  } catch {
    raw = undefined;
  }
  const parsed = documentNomSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const message =
    raw === undefined
      ? `Nom du document attendu dans l’en-tête ${DOCUMENT_NOM_HEADER} (UTF-8 encodé pour une adresse).`
      : (parsed.error.issues[0]?.message ?? 'Nom du document invalide.');
  throw validationFailed(message, [{ champ: 'nom', message }]);
}

const view = (r: Omit<typeof projetDocuments.$inferSelect, 'data'>): DocumentProjetView => ({
  id: r.id,
  nom: r.nom,
  type: r.mime,
  taille: r.size,
  le: r.createdAt.toISOString(),
});

export async function addDocument(
  ctx: ServiceContext,
  projetId: string,
  /** `nom`: the header as received (percent-encoded), checked once the project is known to be in reach. */
  q: { documentId?: string; nom: string | string[] | undefined },
  body: Buffer,
  declared: string,
): Promise<{ document: DocumentProjetView; created: boolean }> {
  const id = q.documentId ?? randomUUID();
  await loadProjetRow(ctx.db, ctx, projetId);
  const nom = nomDuDocument(q.nom);
  const clean = await nettoyer(body, declared);
  return ctx.db.transaction(async (tx) => {
    await loadProjetRow(tx, ctx, projetId, true);
    const [existing] = await tx.select(meta).from(projetDocuments).where(eq(projetDocuments.id, id));
    if (existing) {
      if (existing.projetId !== projetId) throw conflict('Cet identifiant de document est déjà utilisé.');
      return { document: view(existing), created: false };
    }
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(projetDocuments)
      .where(eq(projetDocuments.projetId, projetId));
    if ((count?.n ?? 0) >= DOCUMENTS_PROJET_MAX) {
      throw refused(`${DOCUMENTS_PROJET_MAX} documents au plus par projet.`);
    }
    const [row] = await tx
      .insert(projetDocuments)
      .values({
        id,
        projetId,
        nom,
        mime: clean.mime,
        size: clean.data.length,
        data: clean.data,
        creePar: ctx.actor.userId,
        createdAt: ctx.now(),
      })
      .returning(meta);
    await touchProjet(tx, ctx, projetId);
    await auditChange(tx, ctx, 'create', 'projet_document', id, {
      after: { projetId, type: clean.mime, taille: clean.data.length },
    });
    return { document: view(row!), created: true };
  });
}

/** The documents of a project the actor sees, oldest first (names and sizes, not their bytes). */
export async function listDocuments(ctx: ServiceContext, projetId: string): Promise<DocumentProjetView[]> {
  await loadProjetRow(ctx.db, ctx, projetId);
  const rows = await ctx.db
    .select(meta)
    .from(projetDocuments)
    .where(eq(projetDocuments.projetId, projetId))
    .orderBy(asc(projetDocuments.createdAt), asc(projetDocuments.id));
  return rows.map(view);
}

/** One document's bytes; the reading is audited. */
export async function readDocument(ctx: ServiceContext, projetId: string, documentId: string) {
  await loadProjetRow(ctx.db, ctx, projetId);
  const [row] = await ctx.db
    .select()
    .from(projetDocuments)
    .where(and(eq(projetDocuments.id, documentId), eq(projetDocuments.projetId, projetId)));
  if (!row) throw notFound('Document');
  await ctx.db.transaction((tx) => auditChange(tx, ctx, 'read', 'projet_document', documentId));
  return row;
}

/** Removes a document: coordination, or the one who added it. */
export async function deleteDocument(
  ctx: ServiceContext,
  projetId: string,
  documentId: string,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await loadProjetRow(tx, ctx, projetId, true);
    const [row] = await tx
      .select(meta)
      .from(projetDocuments)
      .where(and(eq(projetDocuments.id, documentId), eq(projetDocuments.projetId, projetId)));
    if (!row) throw notFound('Document');
    if (!canManageProjet(ctx.actor) && row.creePar !== ctx.actor.userId) {
      throw forbidden('Seule la coordination ou la personne qui l’a ajouté peut retirer ce document.');
    }
    await tx.delete(projetDocuments).where(eq(projetDocuments.id, documentId));
    await touchProjet(tx, ctx, projetId);
    await auditChange(tx, ctx, 'delete', 'projet_document', documentId, {
      before: { projetId, type: row.mime, taille: row.size },
    });
  });
}
