import { randomBytes } from 'node:crypto';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import QRCode from 'qrcode';
import {
  type EnrolementView,
  normaliserCode,
  RECOVERY_CODE_COUNT,
} from '../../../../domain/utilisateurs/deuxieme-facteur.schema';
import type { DbOrTx } from '../../db/client';
import { recoveryCodes, secondFactors, structures, users } from '../../db/schema';
import { sha256 } from '../../lib/crypto';
import { base32Encode, matchTotp, newTotpSecret, otpauthUrl } from '../../lib/totp';

/**
 * The TOTP factor of one user (ADR 029): enrolment, codes, recovery codes. No secret, code or
 * challenge is ever logged or audited; callers write the audit rows.
 */
export const TOTP_ISSUER = 'Trame';

/** Whether the user has a confirmed second factor. */
export async function isEnrolled(db: DbOrTx, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ secret: secondFactors.secret })
    .from(secondFactors)
    .where(eq(secondFactors.userId, userId));
  return Boolean(row?.secret);
}

/** Draws a new secret to enrol, kept aside until a code confirms it; the current one still works. */
export async function startEnrolment(db: DbOrTx, userId: string): Promise<EnrolementView> {
  const [row] = await db
    .select({ email: users.email, structureNom: structures.nom })
    .from(users)
    .innerJoin(structures, eq(structures.id, users.structureId))
    .where(eq(users.id, userId));
  const secret = newTotpSecret();
  await db
    .insert(secondFactors)
    .values({ userId, pendingSecret: secret })
    .onConflictDoUpdate({ target: secondFactors.userId, set: { pendingSecret: secret } });
  // No colon in the label: it separates the issuer from the account.
  const account = `${row!.structureNom} - ${row!.email}`.replace(/:/g, ' ');
  const url = otpauthUrl(secret, TOTP_ISSUER, account);
  return { secret, otpauthUrl: url, qrSvg: await QRCode.toString(url, { type: 'svg', margin: 2 }) };
}

/** Confirms the pending secret with a code; true when it is now the user's factor. */
export async function confirmEnrolment(
  db: DbOrTx,
  userId: string,
  code: string,
  now: Date,
): Promise<boolean> {
  const [row] = await db.select().from(secondFactors).where(eq(secondFactors.userId, userId));
  if (!row?.pendingSecret) return false;
  const step = matchTotp(row.pendingSecret, code, now, null);
  if (step === null) return false;
  await db
    .update(secondFactors)
    .set({ secret: row.pendingSecret, pendingSecret: null, lastStep: step, activatedAt: now })
    .where(eq(secondFactors.userId, userId));
  return true;
}

/**
 * Checks a 6-digit code or a recovery code and uses it up: the code's time step (or an earlier
 * one) is refused afterwards, a recovery code works once. Conditional updates make two requests
 * racing with the same code succeed once.
 */
export async function consumeCode(
  db: DbOrTx,
  userId: string,
  code: string,
  now: Date,
): Promise<'totp' | 'secours' | null> {
  const [factor] = await db.select().from(secondFactors).where(eq(secondFactors.userId, userId));
  if (!factor?.secret) return null;
  const step = matchTotp(factor.secret, code, now, factor.lastStep);
  if (step !== null) {
    const taken = await db
      .update(secondFactors)
      .set({ lastStep: step })
      .where(
        and(
          eq(secondFactors.userId, userId),
          or(isNull(secondFactors.lastStep), lt(secondFactors.lastStep, step)),
        ),
      )
      .returning({ userId: secondFactors.userId });
    return taken.length ? 'totp' : null;
  }
  if (/^\d+$/.test(code)) return null;
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, sha256(normaliserCode(code))),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return used.length ? 'secours' : null;
}

/** A recovery code: 80 random bits, read as four groups of four characters. */
const newRecoveryCode = () => base32Encode(randomBytes(10)).match(/.{4}/g)!.join('-');

/** Draws 10 new recovery codes, replacing the old ones; only their hashes are kept. */
export async function replaceRecoveryCodes(db: DbOrTx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db
    .insert(recoveryCodes)
    .values(codes.map((code) => ({ userId, codeHash: sha256(normaliserCode(code)) })));
  return codes;
}

export async function unusedRecoveryCodes(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.n ?? 0;
}

/** Removes the factor and its recovery codes. */
export async function removeSecondFactor(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.delete(secondFactors).where(eq(secondFactors.userId, userId));
}
