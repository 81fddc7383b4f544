import { and, eq, ne, sql } from 'drizzle-orm';
import { validationFailed } from '../../../../domain/errors';
import { type StatutChanger, statutChangeRefusal } from '../../../../domain/signalements/signalement.rules';
import type {
  SignalementDetail,
  Statut,
  StatutChangeInput,
} from '../../../../domain/signalements/signalement.schema';
import type { DbOrTx } from '../../db/client';
import { partners, signalementStatuts, signalements } from '../../db/schema';
import { type AuditEntry, auditActor, writeAudit } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { assertIdsInStructure } from '../../lib/scope';
import { presentDetail, type SignalementRow } from './signalements.presenter';
import { getVisibleRow, signalementScope, userLabel } from './signalements.service';

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

/** Applies one status change to a locked row: rules, history, audit. */
export async function applyStatut(
  tx: DbOrTx,
  row: SignalementRow,
  input: StatutChangeInput,
  author: ChangeAuthor,
  now: Date,
  doublonCheck?: (id: string) => Promise<boolean>,
): Promise<SignalementDetail> {
  const refusal = statutChangeRefusal(row.statut as Statut, input.statut, author.who);
  if (refusal) throw validationFailed(refusal, [{ champ: 'statut', message: refusal }]);
  if (input.statut === 'doublon') {
    const ok = input.doublonDeId !== row.id && doublonCheck && (await doublonCheck(input.doublonDeId!));
    if (!ok)
      throw validationFailed('Signalement d’origine inconnu (doublonDeId).', [
        { champ: 'doublonDeId', message: 'Signalement d’origine inconnu.' },
      ]);
  }
  const [updated] = await tx
    .update(signalements)
    .set({ statut: input.statut, doublonDeId: input.doublonDeId ?? null, updatedAt: now })
    .where(eq(signalements.id, row.id))
    .returning();
  await tx.insert(signalementStatuts).values({
    signalementId: row.id,
    statut: input.statut,
    at: now,
    byUserId: author.userId,
    byLabel: author.label,
    via: author.via,
    commentaire: input.commentaire,
  });
  await writeAudit(tx, {
    ...author.audit,
    action: 'update',
    entityType: 'signalement',
    entityId: row.id,
    before: { statut: row.statut },
    after: { statut: input.statut, doublonDeId: input.doublonDeId ?? null, via: author.via },
  });
  return presentDetail(tx, updated!);
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
      async (origId) =>
        (
          await tx
            .select({ id: signalements.id })
            .from(signalements)
            .where(and(eq(signalements.id, origId), signalementScope(ctx.actor), ne(signalements.id, id)))
        ).length === 1,
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
    await writeAudit(tx, {
      ...auditActor(ctx),
      action: 'update',
      entityType: 'signalement',
      entityId: id,
      before: { statut: row.statut, partenaireId: row.partnerId },
      after: { statut: 'transmis', partenaireId: partnerId },
    });
    return {
      signalement: await presentDetail(tx, updated!),
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
