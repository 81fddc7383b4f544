import { eq } from 'drizzle-orm';
import { AppError, conflict, forbidden } from '../../../../domain/errors';
import {
  CODE_INCORRECT,
  type DeuxiemeFacteurEtat,
  type EnrolementView,
  secondFactorApplies,
} from '../../../../domain/utilisateurs/deuxieme-facteur.schema';
import { structures } from '../../db/schema';
import { auditActor, writeAudit } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import {
  confirmEnrolment,
  isEnrolled,
  removeSecondFactor,
  replaceRecoveryCodes,
  startEnrolment,
  unusedRecoveryCodes,
} from './deuxieme-facteur.service';

/** « Mon compte » › Double authentification: the signed-in user's own factor (ADR 029). */

async function requiredOf(ctx: ServiceContext): Promise<boolean> {
  const [row] = await ctx.db
    .select({ obligatoire: structures.deuxiemeFacteurObligatoire })
    .from(structures)
    .where(eq(structures.id, ctx.actor.structureId));
  return Boolean(row?.obligatoire) && secondFactorApplies(ctx.actor.role);
}

export async function secondFactorState(ctx: ServiceContext): Promise<DeuxiemeFacteurEtat> {
  const actif = await isEnrolled(ctx.db, ctx.actor.userId);
  return {
    possible: secondFactorApplies(ctx.actor.role),
    actif,
    obligatoire: await requiredOf(ctx),
    codesSecoursRestants: actif ? await unusedRecoveryCodes(ctx.db, ctx.actor.userId) : 0,
  };
}

function assertPossible(ctx: ServiceContext): void {
  if (!secondFactorApplies(ctx.actor.role)) {
    throw forbidden(
      'La double authentification est réservée à l’administration, à la direction et à la coordination.',
    );
  }
}

const factorAudit = (
  ctx: ServiceContext,
  action: 'create' | 'update' | 'delete',
  extra: Record<string, unknown>,
) => ({
  ...auditActor(ctx),
  action,
  entityType: 'deuxieme_facteur' as const,
  entityId: ctx.actor.userId,
  extra,
});

/** Draws a secret to enrol (or to move to a new phone); the current factor works until confirmed. */
export async function startOwnEnrolment(ctx: ServiceContext): Promise<EnrolementView> {
  assertPossible(ctx);
  return startEnrolment(ctx.db, ctx.actor.userId);
}

/** Confirms with a first code; answers the 10 recovery codes, shown once. */
export async function confirmOwnEnrolment(ctx: ServiceContext, code: string): Promise<string[]> {
  assertPossible(ctx);
  return ctx.db.transaction(async (tx) => {
    if (!(await confirmEnrolment(tx, ctx.actor.userId, code, ctx.now()))) {
      throw new AppError('code_incorrect', 400, CODE_INCORRECT);
    }
    const codes = await replaceRecoveryCodes(tx, ctx.actor.userId);
    await writeAudit(tx, factorAudit(ctx, 'create', { deuxiemeFacteur: 'activée' }));
    return codes;
  });
}

/** New recovery codes; the old ones stop working. */
export async function regenerateRecoveryCodes(ctx: ServiceContext): Promise<string[]> {
  return ctx.db.transaction(async (tx) => {
    if (!(await isEnrolled(tx, ctx.actor.userId))) {
      throw conflict('Activez d’abord la double authentification.');
    }
    const codes = await replaceRecoveryCodes(tx, ctx.actor.userId);
    await writeAudit(tx, factorAudit(ctx, 'update', { codesSecours: 'régénérés' }));
    return codes;
  });
}

/** Turns it off, unless the structure requires it of this user. */
export async function disableOwnSecondFactor(ctx: ServiceContext): Promise<void> {
  if (await requiredOf(ctx)) {
    throw forbidden('Votre structure exige la double authentification : elle ne peut pas être désactivée.');
  }
  await ctx.db.transaction(async (tx) => {
    if (!(await isEnrolled(tx, ctx.actor.userId)))
      throw conflict('La double authentification n’est pas activée.');
    await removeSecondFactor(tx, ctx.actor.userId);
    await writeAudit(tx, factorAudit(ctx, 'delete', { deuxiemeFacteur: 'désactivée' }));
  });
}
