import { and, eq, ne, sql } from 'drizzle-orm';
import { validationFailed } from '../../../../domain/errors';
import {
  changementApresCloture,
  type StatutChanger,
  statutChangeRefusal,
} from '../../../../domain/signalements/signalement.rules';
import type {
  SignalementDetail,
  Statut,
  StatutChangeInput,
} from '../../../../domain/signalements/signalement.schema';
import type { DbOrTx } from '../../db/client';
import { partners, signalementStatuts, signalements } from '../../db/schema';
import { type AuditEntry, auditActor, auditChange, writeAudit } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { assertIdsInStructure } from '../../lib/scope';
import { signalementDetail } from './signalements.load';
import type { SignalementRow } from './signalements.presenter';
import { getVisibleRow, signalementScope, userLabel } from './signalements.read';

export interface ChangeAuthor {
  who: StatutChanger;
  userId: string | null;
  label: string;
  via: 'application' | 'portail' | 'lien';
  audit: Pick<
    AuditEntry,
    'structureId' | 'actorUserId' | 'actorLabel' | 'requestId' | 'channel' | 'apiTokenId' | 'realActorUserId'
  >;
}

/** The original of a duplicate: by id (a candidate picked) or by the number people see. */
export type OrigineRef = { id: string } | { numero: number };
type Origine = { id: string; numero: number };

/**
 * The id of the original named by `input`, visible to the author and other than `row`; else a
 * French 400 naming the field the user filled (the number, or the choice among candidates).
 */
async function resolveOrigine(
  row: SignalementRow,
  input: StatutChangeInput,
  findOrigine?: (ref: OrigineRef) => Promise<Origine | null>,
): Promise<Origine> {
  const byNumero = !input.doublonDeId && input.doublonDeNumero != null;
  const champ = byNumero ? 'doublonDeNumero' : 'doublonDeId';
  const refuse = (message: string) => validationFailed(message, [{ champ, message }]);
  if (byNumero ? input.doublonDeNumero === row.numero : input.doublonDeId === row.id)
    throw refuse(
      `${byNumero ? 'Numéro du signalement d’origine' : 'Signalement d’origine'} : c’est ce signalement-ci (n° ${row.numero}) ; indiquez l’autre.`,
    );
  const found =
    findOrigine &&
    (await findOrigine(byNumero ? { numero: input.doublonDeNumero! } : { id: input.doublonDeId! }));
  if (!found)
    throw refuse(
      byNumero
        ? `Numéro du signalement d’origine : aucun signalement n° ${input.doublonDeNumero} parmi ceux que vous voyez.`
        : 'Signalement d’origine : introuvable parmi ceux que vous voyez ; choisissez-en un dans la liste.',
    );
  return found;
}

/** Applies one status change to a locked row: rules, history, audit. */
export async function applyStatut(
  tx: DbOrTx,
  row: SignalementRow,
  input: StatutChangeInput,
  author: ChangeAuthor,
  now: Date,
  findOrigine?: (ref: OrigineRef) => Promise<Origine | null>,
): Promise<SignalementDetail> {
  const from = row.statut as Statut;
  // A replay of a change already made (the phone never got the first answer): nothing to add.
  if (input.statut === from) return signalementDetail(tx, row);
  // After the closure the closure stands: the late change is kept as a comment (ADR 031).
  const tardif = changementApresCloture(from, input.statut, author.who, input.commentaire);
  if (tardif)
    return writeChange(
      tx,
      row,
      { statut: from, doublonDeId: row.doublonDeId, commentaire: tardif },
      author,
      now,
    );
  const refusal = statutChangeRefusal(from, input.statut, author.who);
  if (refusal) throw validationFailed(refusal, [{ champ: 'statut', message: refusal }]);
  const origine = input.statut === 'doublon' ? await resolveOrigine(row, input, findOrigine) : null;
  // The history names the original by the number people know.
  const commentaire = origine
    ? [`Doublon du n° ${origine.numero}.`, input.commentaire].filter(Boolean).join(' ')
    : (input.commentaire ?? null);
  return writeChange(
    tx,
    row,
    { statut: input.statut, doublonDeId: origine?.id ?? null, commentaire },
    author,
    now,
  );
}

/** Writes the status (or keeps it), a line of history and the audit row. */
async function writeChange(
  tx: DbOrTx,
  row: SignalementRow,
  change: { statut: Statut; doublonDeId: string | null; commentaire: string | null },
  author: ChangeAuthor,
  now: Date,
): Promise<SignalementDetail> {
  const { statut, doublonDeId, commentaire } = change;
  const [updated] = await tx
    .update(signalements)
    .set({ statut, doublonDeId, updatedAt: now })
    .where(eq(signalements.id, row.id))
    .returning();
  await tx.insert(signalementStatuts).values({
    signalementId: row.id,
    statut,
    at: now,
    byUserId: author.userId,
    byLabel: author.label,
    via: author.via,
    commentaire,
  });
  await writeAudit(tx, {
    ...author.audit,
    action: 'update',
    entityType: 'signalement',
    entityId: row.id,
    before: { statut: row.statut },
    after: { statut, doublonDeId, via: author.via },
  });
  return signalementDetail(tx, updated!);
}

/** Status change by a signed-in user: the team from the app, a partner from the portal. */
export async function changeStatut(
  ctx: ServiceContext,
  id: string,
  input: StatutChangeInput,
): Promise<SignalementDetail> {
  return ctx.db.transaction(async (tx) => {
    const row = await getVisibleRow(tx, ctx.actor, id, true);
    const isPartner = ctx.actor.role === 'partenaire';
    return applyStatut(
      tx,
      row,
      input,
      {
        who: isPartner ? 'partenaire' : 'equipe',
        userId: ctx.actor.userId,
        label: await userLabel(tx, ctx.actor.userId),
        via: isPartner ? 'portail' : 'application',
        audit: auditActor(ctx),
      },
      ctx.now(),
      async (ref) => {
        const [found] = await tx
          .select({ id: signalements.id, numero: signalements.numero })
          .from(signalements)
          .where(
            and(
              'id' in ref ? eq(signalements.id, ref.id) : eq(signalements.numero, ref.numero),
              signalementScope(ctx.actor),
              ne(signalements.id, id),
            ),
          );
        return found ?? null;
      },
    );
  });
}

export interface Transmission {
  signalementId: string;
  structureId: string;
  partnerId: string;
  /** The routing this transmission opened: the signed link belongs to it alone. */
  routingSeq: number;
  partnerNom: string;
  partnerEmail: string | null;
  categorie: string;
}

/** The coordinator sends a new (or already sent) signalement to a partner of the structure. */
export async function transmettre(
  ctx: ServiceContext,
  id: string,
  partnerId: string,
): Promise<{ signalement: SignalementDetail; transmission: Transmission }> {
  return ctx.db.transaction(async (tx) => {
    const row = await getVisibleRow(tx, ctx.actor, id, true);
    if (row.statut !== 'nouveau' && row.statut !== 'transmis')
      throw validationFailed('Seul un signalement nouveau ou transmis peut être (re)transmis.', [
        { champ: 'statut', message: 'Signalement déjà pris en compte ou clos.' },
      ]);
    await assertIdsInStructure(tx, partners, [partnerId], ctx.actor.structureId, 'partenaireId');
    const now = ctx.now();
    const [updated] = await tx
      .update(signalements)
      .set({
        statut: 'transmis',
        partnerId,
        // A new routing: every link signed for an earlier one stops working, even back to the same partner.
        routingSeq: sql`${signalements.routingSeq} + 1`,
        routage: 'manuel',
        alerteRoutage: null,
        transmittedAt: now,
        updatedAt: now,
      })
      .where(eq(signalements.id, id))
      .returning();
    const [partner] = await tx.select().from(partners).where(eq(partners.id, partnerId));
    await tx.insert(signalementStatuts).values({
      signalementId: id,
      statut: 'transmis',
      at: now,
      byUserId: ctx.actor.userId,
      byLabel: await userLabel(tx, ctx.actor.userId),
      via: 'application',
      commentaire: `Transmis à ${partner!.nom}.`,
    });
    await auditChange(tx, ctx, 'update', 'signalement', id, {
      before: { statut: row.statut, partenaireId: row.partnerId },
      after: { statut: 'transmis', partenaireId: partnerId },
    });
    return {
      signalement: await signalementDetail(tx, updated!),
      transmission: transmissionOf(updated!, partner!),
    };
  });
}

export const transmissionOf = (
  row: SignalementRow,
  partner: { id: string; nom: string; email: string | null },
): Transmission => ({
  signalementId: row.id,
  structureId: row.structureId,
  partnerId: partner.id,
  routingSeq: row.routingSeq,
  partnerNom: partner.nom,
  partnerEmail: partner.email,
  categorie: row.categorie,
});
