import { and, asc, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import { conflict, notFound } from '../../../../domain/errors';
import type {
  PartenaireCreateInput,
  PartenaireView,
  PartnerKind,
} from '../../../../domain/partenaires/partenaire.schema';
import type { DbOrTx } from '../../db/client';
import { partnerContacts, partners, partnerTerritories, territories, users } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { assertIdsInStructure } from '../../lib/scope';

type PartnerRow = typeof partners.$inferSelect;

async function present(db: DbOrTx, rows: PartnerRow[]): Promise<PartenaireView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const contacts = await db
    .select()
    .from(partnerContacts)
    .where(inArray(partnerContacts.partnerId, ids))
    .orderBy(asc(partnerContacts.nom));
  const terr = await db.select().from(partnerTerritories).where(inArray(partnerTerritories.partnerId, ids));
  return rows.map((p) => ({
    id: p.id,
    nom: p.nom,
    kind: p.kind as PartnerKind,
    email: p.email,
    telephone: p.telephone,
    adresse: p.adresse,
    territoireIds: terr.filter((t) => t.partnerId === p.id).map((t) => t.territoryId),
    contacts: contacts
      .filter((c) => c.partnerId === p.id)
      .map((c) => ({ id: c.id, nom: c.nom, fonction: c.fonction, email: c.email, telephone: c.telephone })),
  }));
}

/** Partners of the actor's structure, filtered by name and kind. */
export async function listPartenaires(
  ctx: ServiceContext,
  query: { q?: string; kind?: PartnerKind },
): Promise<PartenaireView[]> {
  const filters: SQL[] = [eq(partners.structureId, ctx.actor.structureId)];
  if (query.kind) filters.push(eq(partners.kind, query.kind));
  if (query.q) filters.push(ilike(partners.nom, `%${query.q.replace(/[%_\\]/g, '\\$&')}%`));
  const rows = await ctx.db
    .select()
    .from(partners)
    .where(and(...filters))
    .orderBy(asc(partners.nom), asc(partners.id));
  return present(ctx.db, rows);
}

async function getRow(db: DbOrTx, ctx: ServiceContext, id: string): Promise<PartnerRow> {
  const [row] = await db
    .select()
    .from(partners)
    .where(and(eq(partners.id, id), eq(partners.structureId, ctx.actor.structureId)));
  if (!row) throw notFound('Partenaire');
  return row;
}

export async function getPartenaire(ctx: ServiceContext, id: string): Promise<PartenaireView> {
  const [view] = await present(ctx.db, [await getRow(ctx.db, ctx, id)]);
  return view!;
}

async function writeChildren(
  tx: DbOrTx,
  ctx: ServiceContext,
  partnerId: string,
  input: PartenaireCreateInput,
) {
  await assertIdsInStructure(tx, territories, input.territoireIds, ctx.actor.structureId, 'territoireIds');
  await tx.delete(partnerTerritories).where(eq(partnerTerritories.partnerId, partnerId));
  await tx.delete(partnerContacts).where(eq(partnerContacts.partnerId, partnerId));
  const terr = [...new Set(input.territoireIds)];
  if (terr.length)
    await tx.insert(partnerTerritories).values(terr.map((territoryId) => ({ partnerId, territoryId })));
  if (input.contacts.length) {
    await tx
      .insert(partnerContacts)
      .values(input.contacts.map((c) => ({ ...c, partnerId, structureId: ctx.actor.structureId })));
  }
}

const fields = (input: PartenaireCreateInput) => ({
  nom: input.nom,
  kind: input.kind,
  email: input.email,
  telephone: input.telephone,
  adresse: input.adresse,
});

export async function createPartenaire(
  ctx: ServiceContext,
  input: PartenaireCreateInput,
): Promise<PartenaireView> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(partners)
      .values({ structureId: ctx.actor.structureId, ...fields(input) })
      .returning();
    await writeChildren(tx, ctx, row!.id, input);
    const [view] = await present(tx, [row!]);
    await auditChange(tx, ctx, 'create', 'partenaire', row!.id, { before: null, after: { ...view } });
    return view!;
  });
}

export async function updatePartenaire(
  ctx: ServiceContext,
  id: string,
  input: PartenaireCreateInput,
): Promise<PartenaireView> {
  return ctx.db.transaction(async (tx) => {
    const [before] = await present(tx, [await getRow(tx, ctx, id)]);
    const [row] = await tx
      .update(partners)
      .set({ ...fields(input), updatedAt: ctx.now() })
      .where(eq(partners.id, id))
      .returning();
    await writeChildren(tx, ctx, id, input);
    const [view] = await present(tx, [row!]);
    await auditChange(tx, ctx, 'update', 'partenaire', id, { before: { ...before }, after: { ...view } });
    return view!;
  });
}

/** Deletes a partner; refused while partner accounts are attached to it. */
export async function deletePartenaire(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [before] = await present(tx, [await getRow(tx, ctx, id)]);
    const attached = await tx.select({ id: users.id }).from(users).where(eq(users.partnerId, id)).limit(1);
    if (attached.length)
      throw conflict(
        'Des comptes utilisateurs sont rattachés à ce partenaire : désactivez-les ou rattachez-les ailleurs d’abord.',
      );
    await tx.delete(partners).where(eq(partners.id, id));
    await auditChange(tx, ctx, 'delete', 'partenaire', id, { before: { ...before }, after: null });
  });
}
