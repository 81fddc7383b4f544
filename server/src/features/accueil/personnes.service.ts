import { and, asc, desc, eq, exists, ilike, isNull, type SQL } from 'drizzle-orm';
import type {
  ConsentementInput,
  PersonneCreateInput,
  PersonneListQuery,
  PersonneUpdateInput,
  PersonneView,
} from '../../../../domain/accueil/personne.schema';
import { hasIdentity } from '../../../../domain/accueil/personne.schema';
import type { Actor } from '../../../../domain/auth/roles';
import { coversTerritory } from '../../../../domain/auth/roles';
import { conflict, notFound, validationFailed } from '../../../../domain/errors';
import type { DbOrTx } from '../../db/client';
import {
  consentements,
  demandes,
  orientations,
  personnes,
  situationParties,
  territories,
} from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { inQpv, likePattern, paginerTable } from '../../lib/liste';
import { assertIdsInStructure, tenantScope } from '../../lib/scope';
import { presentConsentement, presentPersonne } from './personnes.presenter';

/** Person files of the actor's structure and territories. */
export function personneScope(actor: Actor): SQL {
  return tenantScope(actor, { structureId: personnes.structureId, territoryId: personnes.territoryId });
}

/** Checks a territory referenced in a body: in the structure and covered by the actor; 400 otherwise. */
export async function assertTerritoireCovered(db: DbOrTx, actor: Actor, territoryId: string) {
  await assertIdsInStructure(db, territories, [territoryId], actor.structureId, 'territoireId');
  if (!coversTerritory(actor, territoryId)) {
    throw validationFailed('Ce territoire ne fait pas partie des vôtres (territoireId).', [
      { champ: 'territoireId', message: 'Territoire non couvert par votre compte.' },
    ]);
  }
}

/** Identity never goes to the audit log, only whether it is filled in. */
const masked = (p: typeof personnes.$inferSelect) => ({
  ...p,
  prenom: p.prenom ? '[renseigné]' : null,
  nom: p.nom ? '[renseigné]' : null,
  telephone: p.telephone ? '[renseigné]' : null,
  email: p.email ? '[renseigné]' : null,
});

const activeConsents = (rows: (typeof consentements.$inferSelect)[]) => rows.filter((c) => !c.withdrawnAt);
const identityRefused = () =>
  validationFailed('Identité refusée : enregistrez d’abord le consentement de la personne (identite).', [
    {
      champ: 'identite',
      message: 'Le consentement de la personne est requis pour enregistrer son identité.',
    },
  ]);

async function loadConsents(db: DbOrTx, personneId: string) {
  return db
    .select()
    .from(consentements)
    .where(eq(consentements.personneId, personneId))
    .orderBy(asc(consentements.createdAt));
}

export async function getPersonneRow(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(personnes)
    .where(and(eq(personnes.id, id), personneScope(actor)));
  if (!row) throw notFound('Personne');
  return row;
}

/** Lists person files (pseudonyms only: identity is read in the file, which is logged). */
/** Person files without identity, recently updated first (then id): pseudonyms only, never a read of identity. */
export async function listPersonnes(ctx: ServiceContext, q: PersonneListQuery) {
  const f: SQL[] = [personneScope(ctx.actor), isNull(personnes.mergedIntoId)];
  if (q.territoireId) f.push(eq(personnes.territoryId, q.territoireId));
  if (q.qpv) f.push(inQpv(personnes.territoryId, ctx.actor.structureId, q.qpv));
  if (q.q) f.push(ilike(personnes.pseudonyme, likePattern(q.q)));
  if (q.consentement === 'true') {
    f.push(
      exists(
        ctx.db
          .select({ id: consentements.id })
          .from(consentements)
          .where(and(eq(consentements.personneId, personnes.id), isNull(consentements.withdrawnAt))),
      ),
    );
  }
  const where = and(...f);
  return paginerTable(ctx.db, q, personnes, where, [desc(personnes.updatedAt), desc(personnes.id)], (rows) =>
    rows.map((p) => ({ ...presentPersonne(p, []), identite: null })),
  );
}

/** A person file with identity and consents; the read is written to the audit log. */
export async function getPersonne(ctx: ServiceContext, id: string): Promise<PersonneView> {
  return ctx.db.transaction(async (tx) => {
    const row = await getPersonneRow(tx, ctx.actor, id);
    await auditChange(tx, ctx, 'read', 'personne', id);
    return presentPersonne(row, await loadConsents(tx, id));
  });
}

const consentValues = (ctx: ServiceContext, personneId: string, c: ConsentementInput) => ({
  structureId: ctx.actor.structureId,
  personneId,
  givenOn: c.date,
  finalite: c.finalite,
  mode: c.mode,
  partagePartenaires: c.partagePartenaires,
  recordedBy: ctx.actor.userId,
});

/** Creates a person file; replaying the same id answers the existing file (offline capture). */
export async function createPersonne(
  ctx: ServiceContext,
  input: PersonneCreateInput,
): Promise<{ created: boolean; view: PersonneView }> {
  if (hasIdentity(input.identite) && !input.consentement) throw identityRefused();
  return ctx.db.transaction(async (tx) => {
    await assertTerritoireCovered(tx, ctx.actor, input.territoireId);
    const identite = input.identite ?? { prenom: null, nom: null, telephone: null, email: null };
    const [row] = await tx
      .insert(personnes)
      .values({
        id: input.id,
        structureId: ctx.actor.structureId,
        territoryId: input.territoireId,
        pseudonyme: input.pseudonyme,
        trancheAge: input.trancheAge,
        genre: input.genre,
        typeMenage: input.typeMenage,
        residentQpv: input.residentQpv,
        ...identite,
        createdBy: ctx.actor.userId,
      })
      .onConflictDoNothing({ target: personnes.id })
      .returning();
    if (!row) {
      const existing = await getPersonneRow(tx, ctx.actor, input.id);
      return { created: false, view: presentPersonne(existing, await loadConsents(tx, input.id)) };
    }
    if (input.consentement)
      await tx.insert(consentements).values(consentValues(ctx, row.id, input.consentement));
    const view = presentPersonne(row, await loadConsents(tx, row.id));
    await auditChange(tx, ctx, 'create', 'personne', row.id, {
      before: null,
      after: { ...view, identite: view.identite ? '[renseignée]' : null },
    });
    return { created: true, view };
  });
}

/** Updates a file; identity is refused unless a consent is in force. */
export async function updatePersonne(ctx: ServiceContext, id: string, input: PersonneUpdateInput) {
  return ctx.db.transaction(async (tx) => {
    const before = await getPersonneRow(tx, ctx.actor, id);
    const consents = await loadConsents(tx, id);
    if (hasIdentity(input.identite) && activeConsents(consents).length === 0) throw identityRefused();
    if (input.territoireId !== before.territoryId)
      await assertTerritoireCovered(tx, ctx.actor, input.territoireId);
    const [row] = await tx
      .update(personnes)
      .set({
        territoryId: input.territoireId,
        pseudonyme: input.pseudonyme,
        trancheAge: input.trancheAge,
        genre: input.genre,
        typeMenage: input.typeMenage,
        residentQpv: input.residentQpv,
        prenom: input.identite?.prenom ?? null,
        nom: input.identite?.nom ?? null,
        telephone: input.identite?.telephone ?? null,
        email: input.identite?.email ?? null,
        updatedAt: ctx.now(),
      })
      .where(eq(personnes.id, id))
      .returning();
    await auditChange(tx, ctx, 'update', 'personne', id, { before: masked(before), after: masked(row!) });
    return presentPersonne(row!, consents);
  });
}

export async function addConsentement(ctx: ServiceContext, personneId: string, input: ConsentementInput) {
  return ctx.db.transaction(async (tx) => {
    await getPersonneRow(tx, ctx.actor, personneId);
    const [row] = await tx
      .insert(consentements)
      .values(consentValues(ctx, personneId, input))
      .returning();
    await auditChange(tx, ctx, 'create', 'consentement', row!.id, {
      before: null,
      after: { personneId, ...input },
    });
    return presentConsentement(row!);
  });
}

/** Withdraws a consent; without any consent left, the identity is erased at once. */
export async function withdrawConsentement(ctx: ServiceContext, personneId: string, consentementId: string) {
  return ctx.db.transaction(async (tx) => {
    const person = await getPersonneRow(tx, ctx.actor, personneId);
    const [row] = await tx
      .update(consentements)
      .set({ withdrawnAt: ctx.now() })
      .where(
        and(
          eq(consentements.id, consentementId),
          eq(consentements.personneId, personneId),
          isNull(consentements.withdrawnAt),
        ),
      )
      .returning();
    if (!row) throw notFound('Consentement en cours');
    const remaining = activeConsents(await loadConsents(tx, personneId));
    if (remaining.length === 0) {
      await tx
        .update(personnes)
        .set({ prenom: null, nom: null, telephone: null, email: null, updatedAt: ctx.now() })
        .where(eq(personnes.id, personneId));
    }
    await auditChange(tx, ctx, 'update', 'consentement', row.id, {
      before: { retireLe: null },
      after: {
        retireLe: row.withdrawnAt,
        identiteEffacee:
          remaining.length === 0 && !!(person.nom || person.prenom || person.telephone || person.email),
      },
    });
    return presentPersonne(
      (await getPersonneRow(tx, ctx.actor, personneId))!,
      await loadConsents(tx, personneId),
    );
  });
}

/**
 * Merges a duplicate into `id`: requests, orientations and consents move over, missing identity
 * fields are taken from the duplicate, and the duplicate stays (marked merged) for history.
 */
export async function mergePersonnes(ctx: ServiceContext, id: string, doublonId: string) {
  if (id === doublonId)
    throw validationFailed('Une fiche ne peut pas être fusionnée avec elle-même.', [
      { champ: 'doublonId', message: 'Même fiche.' },
    ]);
  return ctx.db.transaction(async (tx) => {
    const kept = await getPersonneRow(tx, ctx.actor, id);
    const dup = await getPersonneRow(tx, ctx.actor, doublonId);
    if (kept.mergedIntoId || dup.mergedIntoId) throw conflict('L’une des deux fiches a déjà été fusionnée.');
    await tx.update(demandes).set({ personneId: id }).where(eq(demandes.personneId, doublonId));
    await tx.update(orientations).set({ personneId: id }).where(eq(orientations.personneId, doublonId));
    await tx.update(consentements).set({ personneId: id }).where(eq(consentements.personneId, doublonId));
    await tx
      .update(situationParties)
      .set({ personneId: id })
      .where(eq(situationParties.personneId, doublonId));
    const [row] = await tx
      .update(personnes)
      .set({
        prenom: kept.prenom ?? dup.prenom,
        nom: kept.nom ?? dup.nom,
        telephone: kept.telephone ?? dup.telephone,
        email: kept.email ?? dup.email,
        updatedAt: ctx.now(),
      })
      .where(eq(personnes.id, id))
      .returning();
    await tx
      .update(personnes)
      .set({ mergedIntoId: id, prenom: null, nom: null, telephone: null, email: null, updatedAt: ctx.now() })
      .where(eq(personnes.id, doublonId));
    await auditChange(tx, ctx, 'update', 'personne', id, {
      before: { fusion: null },
      after: { fusion: doublonId },
      extra: { doublon: masked(dup) },
    });
    return presentPersonne(row!, await loadConsents(tx, id));
  });
}
