/**
 * A project's funding lines: one funder (a partner of the structure, or a name), the amount
 * sought and the amount obtained, in euros with exact cents (numeric columns). Created on the
 * client's id; coordination changes and removes them; every change is audited.
 */
import { and, eq } from 'drizzle-orm';
import { notFound, validationFailed } from '../../../../domain/errors';
import {
  type FinancementCreateInput,
  type FinancementUpdateInput,
  type FinancementView,
  UN_FINANCEUR,
} from '../../../../domain/projets/projet.schema';
import type { DbOrTx } from '../../db/client';
import { partners } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { assertIdsInStructure } from '../../lib/scope';
import { idUtilise, loadProjetRow, touchProjet } from './projets.access';
import { presentFinancement } from './projets.presenter';
import { projetFinancements } from './projets.table';

type FinancementRow = typeof projetFinancements.$inferSelect;

/** The funder's name: the partner's (of the structure), or the one typed; exactly one of both. */
async function financeurNom(
  tx: DbOrTx,
  ctx: ServiceContext,
  partenaireId: string | null,
  nom: string | null,
) {
  if ((partenaireId === null) === (nom === null)) {
    throw validationFailed(UN_FINANCEUR, [{ champ: 'financeur', message: UN_FINANCEUR }]);
  }
  if (partenaireId === null) return nom!;
  await assertIdsInStructure(tx, partners, [partenaireId], ctx.actor.structureId, 'partenaireId');
  const [p] = await tx.select({ nom: partners.nom }).from(partners).where(eq(partners.id, partenaireId));
  return p!.nom;
}

/** Euros as the numeric column takes them: a string with two decimals, never a float. */
const numeric = (v: number | null) => (v === null ? null : v.toFixed(2));

const checkObtenu = (sollicite: string, obtenu: string | null) => {
  if (obtenu !== null && Number(obtenu) > Number(sollicite)) {
    const message = 'Le montant obtenu ne peut pas dépasser le montant sollicité.';
    throw validationFailed(message, [{ champ: 'montantObtenu', message }]);
  }
};

const auditFinancement = (f: FinancementRow) => ({
  projetId: f.projetId,
  partenaireId: f.partnerId,
  financeur: f.financeurNom,
  montantSollicite: f.montantSollicite,
  montantObtenu: f.montantObtenu,
  date: f.day,
});

/** The line as written: its stored name is the partner's of the moment. */
const present = (f: FinancementRow): FinancementView => presentFinancement(f, new Map());

async function loadFinancement(tx: DbOrTx, ctx: ServiceContext, projetId: string, id: string) {
  await loadProjetRow(tx, ctx, projetId, true);
  const [row] = await tx
    .select()
    .from(projetFinancements)
    .where(and(eq(projetFinancements.id, id), eq(projetFinancements.projetId, projetId)));
  if (!row) throw notFound('Financement');
  return row;
}

/** Records a funding line; the same id twice records one. */
export async function addFinancement(
  ctx: ServiceContext,
  projetId: string,
  input: FinancementCreateInput,
): Promise<FinancementView> {
  return ctx.db.transaction(async (tx) => {
    await loadProjetRow(tx, ctx, projetId);
    const [existing] = await tx.select().from(projetFinancements).where(eq(projetFinancements.id, input.id));
    if (existing) {
      if (existing.projetId !== projetId) throw idUtilise();
      return present(existing);
    }
    const nom = await financeurNom(tx, ctx, input.partenaireId, input.financeur);
    const sollicite = numeric(input.montantSollicite)!;
    const obtenu = numeric(input.montantObtenu);
    checkObtenu(sollicite, obtenu);
    const [row] = await tx
      .insert(projetFinancements)
      .values({
        id: input.id,
        structureId: ctx.actor.structureId,
        projetId,
        partnerId: input.partenaireId,
        financeurNom: nom,
        montantSollicite: sollicite,
        montantObtenu: obtenu,
        day: input.date,
        createdBy: ctx.actor.userId,
      })
      .onConflictDoNothing({ target: projetFinancements.id })
      .returning();
    if (!row) throw idUtilise();
    await touchProjet(tx, ctx, projetId);
    await auditChange(tx, ctx, 'create', 'projet_financement', row.id, {
      before: null,
      after: auditFinancement(row),
    });
    return present(row);
  });
}

/** Changes a funding line (typically: the amount obtained once the funder answered). */
export async function updateFinancement(
  ctx: ServiceContext,
  projetId: string,
  id: string,
  patch: FinancementUpdateInput,
): Promise<FinancementView> {
  return ctx.db.transaction(async (tx) => {
    const before = await loadFinancement(tx, ctx, projetId, id);
    // Changing the funder names it again, entirely: a partner or a name.
    const financeurChange = patch.partenaireId !== undefined || patch.financeur !== undefined;
    const partnerId = financeurChange ? (patch.partenaireId ?? null) : before.partnerId;
    const nom = financeurChange
      ? await financeurNom(tx, ctx, partnerId, patch.financeur ?? null)
      : before.financeurNom;
    const sollicite =
      patch.montantSollicite !== undefined ? numeric(patch.montantSollicite)! : before.montantSollicite;
    const obtenu = patch.montantObtenu !== undefined ? numeric(patch.montantObtenu) : before.montantObtenu;
    checkObtenu(sollicite, obtenu);
    const [after] = await tx
      .update(projetFinancements)
      .set({
        partnerId,
        financeurNom: nom,
        montantSollicite: sollicite,
        montantObtenu: obtenu,
        day: patch.date ?? before.day,
        updatedAt: ctx.now(),
      })
      .where(eq(projetFinancements.id, id))
      .returning();
    await touchProjet(tx, ctx, projetId);
    await auditChange(tx, ctx, 'update', 'projet_financement', id, {
      before: auditFinancement(before),
      after: auditFinancement(after!),
    });
    return present(after!);
  });
}

/** Removes a funding line entered by mistake. */
export async function deleteFinancement(ctx: ServiceContext, projetId: string, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await loadFinancement(tx, ctx, projetId, id);
    await tx.delete(projetFinancements).where(eq(projetFinancements.id, id));
    await touchProjet(tx, ctx, projetId);
    await auditChange(tx, ctx, 'delete', 'projet_financement', id, {
      before: auditFinancement(before),
      after: null,
    });
  });
}
