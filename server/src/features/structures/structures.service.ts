import { and, eq, like, ne } from 'drizzle-orm';
import { forbidden, notFound, validationFailed } from '../../../../domain/errors';
import {
  canConfigureProconnect,
  type ProconnectSettingsInput,
} from '../../../../domain/structures/proconnect.schema';
import { slugCandidate, slugFromNom } from '../../../../domain/structures/slug';
import type { StructureUpdateInput, StructureView } from '../../../../domain/structures/structure.schema';
import { canRequireSecondFactor } from '../../../../domain/utilisateurs/deuxieme-facteur.schema';
import type { DbOrTx } from '../../db/client';
import { structures } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';

export type { StructureView };

type Row = typeof structures.$inferSelect;

const view = (row: Row): StructureView => ({
  id: row.id,
  nom: row.nom,
  slug: row.slug,
  deuxiemeFacteurObligatoire: row.deuxiemeFacteurObligatoire,
  proconnect: {
    actif: row.proconnectActif,
    issuer: row.proconnectIssuer,
    clientId: row.proconnectClientId,
    secretConfigure: row.proconnectClientSecret !== null,
  },
});

/** The audited fields: the secret never, only whether it changed (`extra`). */
const audited = (row: Row) => ({
  nom: row.nom,
  slug: row.slug,
  deuxiemeFacteurObligatoire: row.deuxiemeFacteurObligatoire,
  proconnectActif: row.proconnectActif,
  proconnectIssuer: row.proconnectIssuer,
  proconnectClientId: row.proconnectClientId,
});

async function loadRow(ctx: ServiceContext, db: DbOrTx): Promise<Row> {
  const [row] = await db.select().from(structures).where(eq(structures.id, ctx.actor.structureId));
  if (!row) throw notFound('Structure');
  return row;
}

export async function getStructure(ctx: ServiceContext): Promise<StructureView> {
  return view(await loadRow(ctx, ctx.db));
}

/** ProConnect on needs an issuer, a client id and a secret (sent now or stored before). */
function proconnectColumns(input: ProconnectSettingsInput, before: Row) {
  const secret = input.clientSecret ?? before.proconnectClientSecret;
  if (input.actif) {
    const manque = [
      !input.issuer && { champ: 'proconnect.issuer', message: 'L’adresse de l’émetteur est requise.' },
      !input.clientId && { champ: 'proconnect.clientId', message: 'L’identifiant client est requis.' },
      !secret && { champ: 'proconnect.clientSecret', message: 'Le secret client est requis.' },
    ].filter((d) => d !== false);
    if (manque.length)
      throw validationFailed('Pour activer ProConnect, complétez les champs indiqués.', manque);
  }
  return {
    proconnectActif: input.actif,
    proconnectIssuer: input.issuer,
    proconnectClientId: input.clientId,
    proconnectClientSecret: secret,
  };
}

/**
 * Renames the structure and/or sets the second factor's rule and ProConnect; only admin and
 * direction set the latter two. The client secret is written, never read back nor audited.
 */
export async function updateStructure(
  ctx: ServiceContext,
  input: StructureUpdateInput,
): Promise<StructureView> {
  if (input.deuxiemeFacteurObligatoire !== undefined && !canRequireSecondFactor(ctx.actor)) {
    throw forbidden('Seules l’administration et la direction peuvent exiger la double authentification.');
  }
  if (input.proconnect !== undefined && !canConfigureProconnect(ctx.actor)) {
    throw forbidden('Seules l’administration et la direction peuvent régler ProConnect.');
  }
  if (
    input.nom === undefined &&
    input.slug === undefined &&
    input.deuxiemeFacteurObligatoire === undefined &&
    input.proconnect === undefined
  )
    return getStructure(ctx);
  return ctx.db.transaction(async (tx) => {
    const before = await loadRow(ctx, tx);
    if (input.slug !== undefined && input.slug !== before.slug)
      await assertSlugFree(tx, input.slug, before.id);
    const [row] = await tx
      .update(structures)
      .set({
        nom: input.nom ?? before.nom,
        slug: input.slug ?? before.slug,
        deuxiemeFacteurObligatoire: input.deuxiemeFacteurObligatoire ?? before.deuxiemeFacteurObligatoire,
        ...(input.proconnect ? proconnectColumns(input.proconnect, before) : {}),
        updatedAt: ctx.now(),
      })
      .where(eq(structures.id, ctx.actor.structureId))
      .returning();
    const secretChanged = row!.proconnectClientSecret !== before.proconnectClientSecret;
    await auditChange(tx, ctx, 'update', 'structure', row!.id, {
      before: audited(before),
      after: audited(row!),
      extra: secretChanged ? { proconnectClientSecret: 'changé' } : undefined,
    });
    return view(row!);
  });
}

/** A slug another structure has is refused on the field (the unique index stays the last word). */
async function assertSlugFree(tx: DbOrTx, slug: string, self: string) {
  const [taken] = await tx
    .select({ id: structures.id })
    .from(structures)
    .where(and(eq(structures.slug, slug), ne(structures.id, self)));
  if (taken) {
    const message = 'Ce nom court est déjà celui d’une autre structure.';
    throw validationFailed(message, [{ champ: 'slug', message }]);
  }
}

/** The first free slug for a name: `quartiers`, then `quartiers-2`, `quartiers-3`… */
async function freeSlug(db: DbOrTx, nom: string): Promise<string> {
  const base = slugFromNom(nom);
  const rows = await db
    .select({ slug: structures.slug })
    .from(structures)
    .where(like(structures.slug, `${base.slice(0, 30)}%`));
  const taken = new Set(rows.map((r) => r.slug));
  let n = 1;
  while (taken.has(slugCandidate(base, n))) n++;
  return slugCandidate(base, n);
}

/** Creates a structure (CLI, demo, tests): the tenant everything else belongs to. */
export async function insertStructure(db: DbOrTx, nom: string, slug?: string): Promise<StructureView> {
  const [row] = await db
    .insert(structures)
    .values({ nom, slug: slug ?? (await freeSlug(db, nom)) })
    .returning();
  return view(row!);
}
