import { and, asc, eq, ilike, inArray, or } from 'drizzle-orm';
import type { Role } from '../../../../domain/auth/roles';
import { conflict, notFound } from '../../../../domain/errors';
import type {
  UserCreateInput,
  UserUpdateInput,
  UserView,
} from '../../../../domain/utilisateurs/utilisateur.schema';
import type { DbOrTx } from '../../db/client';
import { partners, sessions, territories, users, userTerritories } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { assertIdsInStructure, isUniqueViolation } from '../../lib/scope';
import { isEnrolled, issuePasswordToken, removeSecondFactor } from '../auth';
import { revokeTokensOfUser } from '../jetons';
import { presentUser } from './utilisateurs.presenter';

const EMAIL_TAKEN = 'Un compte existe déjà avec cette adresse e-mail.';

async function territoriesOf(db: DbOrTx, userIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (userIds.length === 0) return map;
  const rows = await db.select().from(userTerritories).where(inArray(userTerritories.userId, userIds));
  for (const r of rows) map.set(r.userId, [...(map.get(r.userId) ?? []), r.territoryId]);
  return map;
}

/** Users of the actor's structure, optionally filtered by text (name, e-mail) and role. */
export async function listUsers(
  ctx: ServiceContext,
  query: { q?: string; role?: Role },
): Promise<UserView[]> {
  const filters = [eq(users.structureId, ctx.actor.structureId)];
  if (query.role) filters.push(eq(users.role, query.role));
  if (query.q) {
    const like = `%${query.q.replace(/[%_\\]/g, '\\$&')}%`;
    filters.push(or(ilike(users.nom, like), ilike(users.prenom, like), ilike(users.email, like))!);
  }
  const rows = await ctx.db
    .select()
    .from(users)
    .where(and(...filters))
    .orderBy(asc(users.nom), asc(users.prenom), asc(users.id));
  const terr = await territoriesOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentUser(r, terr.get(r.id) ?? []));
}

async function checkReferences(db: DbOrTx, ctx: ServiceContext, input: UserCreateInput) {
  if (input.partenaireId)
    await assertIdsInStructure(db, partners, [input.partenaireId], ctx.actor.structureId, 'partenaireId');
  await assertIdsInStructure(db, territories, input.territoireIds, ctx.actor.structureId, 'territoireIds');
}

async function setTerritories(db: DbOrTx, userId: string, input: UserCreateInput) {
  await db.delete(userTerritories).where(eq(userTerritories.userId, userId));
  if (!input.allTerritoires && input.territoireIds.length) {
    await db
      .insert(userTerritories)
      .values([...new Set(input.territoireIds)].map((territoryId) => ({ userId, territoryId })));
  }
}

/** Creates an account without password; answers the one-time secret to set it. */
export async function createUser(ctx: ServiceContext, input: UserCreateInput) {
  try {
    return await ctx.db.transaction(async (tx) => {
      await checkReferences(tx, ctx, input);
      const [row] = await tx
        .insert(users)
        .values({
          structureId: ctx.actor.structureId,
          email: input.email,
          prenom: input.prenom,
          nom: input.nom,
          role: input.role,
          partnerId: input.partenaireId,
          allTerritories: input.allTerritoires,
          heuresHebdo: input.heuresHebdo,
        })
        .returning();
      await setTerritories(tx, row!.id, input);
      const view = presentUser(row!, input.allTerritoires ? [] : input.territoireIds);
      await auditChange(tx, ctx, 'create', 'utilisateur', row!.id, { before: null, after: { ...view } });
      const secret = await issuePasswordToken(tx, row!.id, ctx.now());
      return { user: view, secret };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(EMAIL_TAKEN, [{ champ: 'email', message: EMAIL_TAKEN }]);
    throw err;
  }
}

async function getRow(db: DbOrTx, ctx: ServiceContext, id: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), eq(users.structureId, ctx.actor.structureId)));
  if (!row) throw notFound('Utilisateur');
  return row;
}

/** Updates an account; deactivating it closes its sessions and revokes its API tokens at once. */
export async function updateUser(ctx: ServiceContext, id: string, input: UserUpdateInput): Promise<UserView> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const before = await getRow(tx, ctx, id);
      const beforeView = presentUser(before, (await territoriesOf(tx, [id])).get(id) ?? []);
      await checkReferences(tx, ctx, input);
      const [row] = await tx
        .update(users)
        .set({
          email: input.email,
          prenom: input.prenom,
          nom: input.nom,
          role: input.role,
          partnerId: input.partenaireId,
          allTerritories: input.allTerritoires,
          isActive: input.isActive,
          heuresHebdo: input.heuresHebdo,
          updatedAt: ctx.now(),
        })
        .where(eq(users.id, id))
        .returning();
      await setTerritories(tx, id, input);
      if (!input.isActive) {
        await tx.delete(sessions).where(eq(sessions.userId, id));
        await revokeTokensOfUser(tx, ctx, id);
      }
      const view = presentUser(row!, input.allTerritoires ? [] : input.territoireIds);
      await auditChange(tx, ctx, 'update', 'utilisateur', id, {
        before: { ...beforeView },
        after: { ...view },
      });
      return view;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(EMAIL_TAKEN, [{ champ: 'email', message: EMAIL_TAKEN }]);
    throw err;
  }
}

/** A new one-time link to set the password of an account of the structure. */
export async function renewActivation(ctx: ServiceContext, id: string): Promise<string> {
  return ctx.db.transaction(async (tx) => {
    await getRow(tx, ctx, id);
    const secret = await issuePasswordToken(tx, id, ctx.now());
    await auditChange(tx, ctx, 'update', 'utilisateur', id, { extra: { lienActivation: 'émis' } });
    return secret;
  });
}

/**
 * A lost phone and lost recovery codes: the admin removes the account's second factor (ADR 029).
 * The user signs in with the password alone, or enrols again if the structure requires it.
 */
export async function resetSecondFactor(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await getRow(tx, ctx, id);
    if (!(await isEnrolled(tx, id))) throw conflict('Ce compte n’a pas de double authentification activée.');
    await removeSecondFactor(tx, id);
    await auditChange(tx, ctx, 'delete', 'deuxieme_facteur', id, {
      extra: { deuxiemeFacteur: 'réinitialisée par l’administration' },
    });
  });
}
