/**
 * Every 10 s: alerts nobody took in charge within 2 minutes are said again to everyone of the
 * team (the UPDATE claims each once, whichever instance runs first) and e-mailed to coordination
 * and direction where SMTP is set up. The e-mail says who and when, never where.
 */
import { and, eq, inArray } from 'drizzle-orm';
import {
  ALERTE_NIVEAU_LABELS,
  ALERTE_RELANCE_MS,
  type AlerteNiveau,
} from '../../../../domain/alertes/alerte.taxonomies';
import { parisTime } from '../../../../domain/time/paris';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import type { Env } from '../../env';
import type { Bus } from '../../lib/bus';
import { mailerFor } from '../../lib/mailer';
import type { ScheduledJob } from '../../lib/scheduler';
import { loadAlertes } from './alertes.read';
import { relancerAlertes } from './alertes.service';
import { alertes } from './alertes.table';

export const RELANCE_EVERY_MS = 10_000;

export async function relanceEtCourriel(db: Db, bus: Bus, env: Env, now: Date): Promise<number> {
  const claimed = await relancerAlertes(db, bus, now, ALERTE_RELANCE_MS);
  const mailer = mailerFor(env);
  if (!claimed.length || !mailer.enabled) return claimed.length;
  const list = await loadAlertes(
    db,
    inArray(
      alertes.id,
      claimed.map((c) => c.id),
    ),
  );
  for (const { row, view } of list) {
    const to = await db
      .select({ email: users.email })
      .from(users)
      .where(
        and(
          eq(users.structureId, row.structureId),
          eq(users.isActive, true),
          inArray(users.role, ['coordinateur', 'direction']),
        ),
      );
    const base = env.TRAME_PUBLIC_URL ?? `http://localhost:${env.PORT}`;
    for (const { email } of to) {
      await mailer
        .send({
          to: email,
          subject: `Alerte non prise en charge : ${view.mediateur.nom}`,
          text: [
            `${view.mediateur.nom} a envoyé une alerte (${ALERTE_NIVEAU_LABELS[view.niveau as AlerteNiveau]}) à ${parisTime(row.createdAt)}.`,
            'Personne ne l’a encore prise en charge.',
            '',
            `Ouvrez Trame pour la voir et la prendre en charge : ${base}/alertes`,
          ].join('\n'),
        })
        .catch(() => {});
    }
  }
  return claimed.length;
}

export const relanceJob = (db: Db, bus: Bus, env: Env, now: () => Date): ScheduledJob => ({
  name: 'relance-alertes',
  everyMs: RELANCE_EVERY_MS,
  firstRunMs: RELANCE_EVERY_MS,
  run: () => relanceEtCourriel(db, bus, env, now()),
});
