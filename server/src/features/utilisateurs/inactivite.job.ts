/**
 * Accounts unused for six months are deactivated, and the structure's administrators are told
 * (issue 16, part 7). Once a day, one instance at a time (advisory lock). An administrator's own
 * account is never deactivated by the job: a structure must not lock itself out.
 */
import { and, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sessions, users } from '../../db/schema';
import type { Env } from '../../env';
import { writeAudit } from '../../lib/audit-log';
import { mailerFor } from '../../lib/mailer';
import { runExclusive, type ScheduledJob } from '../../lib/scheduler';

export const INACTIVITE_MOIS = 6;
/** Advisory lock keys are 7472617x ("tra" + n) across Trame: this job takes 5. */
const LOCK = 74_726_175;
const DAY = 86_400_000;

export async function desactiverInactifs(db: Db, env: Env, now: Date) {
  const seuil = new Date(now);
  seuil.setUTCMonth(seuil.getUTCMonth() - INACTIVITE_MOIS);
  const run = await runExclusive(db, LOCK, async (tx) => {
    const stale = await tx
      .update(users)
      .set({ isActive: false, updatedAt: now })
      .where(
        and(
          eq(users.isActive, true),
          ne(users.role, 'admin'),
          lt(sql`coalesce(${users.lastLoginAt}, ${users.createdAt})`, seuil),
        ),
      )
      .returning({ id: users.id, structureId: users.structureId, prenom: users.prenom, nom: users.nom });
    if (stale.length === 0) return [];
    await tx.delete(sessions).where(
      inArray(
        sessions.userId,
        stale.map((u) => u.id),
      ),
    );
    for (const u of stale) {
      await writeAudit(tx, {
        structureId: u.structureId,
        actorUserId: null,
        actorLabel: 'systeme',
        channel: 'systeme',
        action: 'update',
        entityType: 'utilisateur',
        entityId: u.id,
        before: { isActive: true },
        after: { isActive: false },
        extra: { motif: `aucune connexion depuis ${INACTIVITE_MOIS} mois` },
      });
    }
    return stale;
  });
  if (!run.ran) return { ran: false, desactives: 0 };
  const mailer = mailerFor(env);
  if (mailer.enabled) {
    for (const structureId of new Set(run.result.map((u) => u.structureId))) {
      const admins = await db
        .select({ email: users.email })
        .from(users)
        .where(and(eq(users.structureId, structureId), eq(users.role, 'admin'), eq(users.isActive, true)));
      const noms = run.result
        .filter((u) => u.structureId === structureId)
        .map((u) => `- ${u.prenom} ${u.nom}`);
      for (const { email } of admins) {
        await mailer.send({
          to: email,
          subject: `Trame : ${noms.length} compte(s) désactivé(s) faute de connexion`,
          text:
            `Bonjour,\n\nCes comptes n’ont pas servi depuis ${INACTIVITE_MOIS} mois et viennent d’être désactivés :\n` +
            `${noms.join('\n')}\n\nUn compte se réactive depuis l’écran « Utilisateurs » de Trame.\n`,
        });
      }
    }
  }
  return { ran: true, desactives: run.result.length };
}

export const inactiviteJob = (db: Db, env: Env, now: () => Date): ScheduledJob => ({
  name: 'desactivation-comptes-inactifs',
  everyMs: DAY,
  firstRunMs: 90_000,
  run: () => desactiverInactifs(db, env, now()),
});
