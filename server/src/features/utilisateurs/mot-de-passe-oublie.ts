/**
 * « Mot de passe oublié ? » (issue 16, part 7): a one-time link by e-mail. The answer is the same
 * whether the account exists or not, and whether an e-mail could be sent or not; without SMTP the
 * administrator gives the link (the users screen). Requests per address and per account are
 * counted in `login_failures` (hashes only) so nobody floods a mailbox.
 */
import { and, eq, gt, sql } from 'drizzle-orm';
import { tooManyRequests } from '../../../../domain/errors';
import type { Db } from '../../db/client';
import { loginFailures, users } from '../../db/schema';
import type { Env } from '../../env';
import { writeAudit } from '../../lib/audit-log';
import { sha256 } from '../../lib/crypto';
import { mailerFor } from '../../lib/mailer';
import { issuePasswordToken } from '../auth';
import { activationUrl } from './activation-url';

/** At most this many links per account an hour (others are silently not sent), and requests per address. */
const PAR_COMPTE = 3;
const PAR_ADRESSE = 20;
const HEURE = 3600_000;

async function recent(db: Db, keyHash: string, now: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(loginFailures)
    .where(
      and(eq(loginFailures.keyHash, keyHash), gt(loginFailures.failedAt, new Date(now.getTime() - HEURE))),
    );
  return row?.n ?? 0;
}

export async function motDePasseOublie(
  deps: { db: Db; env: Env; now: Date; ip: string; requestId: string },
  email: string,
): Promise<void> {
  const { db, env, now } = deps;
  const ipKey = sha256(`oubli-ip:${deps.ip}`);
  const accountKey = sha256(`oubli:${email}`);
  if ((await recent(db, ipKey, now)) >= PAR_ADRESSE) {
    throw tooManyRequests('Trop de demandes depuis cette adresse : réessayez dans une heure.');
  }
  await db.insert(loginFailures).values({ keyHash: ipKey, failedAt: now });
  const mailer = mailerFor(env);
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user?.isActive || !mailer.enabled || (await recent(db, accountKey, now)) >= PAR_COMPTE) return;
  await db.insert(loginFailures).values({ keyHash: accountKey, failedAt: now });
  const secret = await db.transaction(async (tx) => {
    const issued = await issuePasswordToken(tx, user.id, now);
    await writeAudit(tx, {
      structureId: user.structureId,
      actorUserId: user.id,
      actorLabel: `utilisateur:${user.id}`,
      channel: 'lien',
      action: 'update',
      entityType: 'utilisateur',
      entityId: user.id,
      extra: { lienMotDePasse: 'envoyé' },
      requestId: deps.requestId,
    });
    return issued;
  });
  await mailer.send({
    to: user.email,
    subject: 'Trame : choisir un nouveau mot de passe',
    text:
      `Bonjour ${user.prenom},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable 7 jours, une seule fois) :\n` +
      `${activationUrl(env, secret)}\n\nSi vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.\n`,
  });
}
