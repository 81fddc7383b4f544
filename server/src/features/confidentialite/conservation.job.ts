/**
 * Retention (issue 16, part 1): once a day, one instance at a time (advisory lock), what each
 * structure's periods say to forget is forgotten — persons erased (their requests stay as
 * counts), closed situations anonymised (kinds, dates and outcomes stay), photos of closed
 * signalements deleted, old audit rows and sessions deleted. Figures of the reports do not move.
 * `dryRun` counts without changing anything (`npm run trame -- retention --dry-run`).
 */
import { and, eq, inArray, isNotNull, isNull, lt, ne, notExists, or, sql } from 'drizzle-orm';
import { type Periodes, periodesDe } from '../../../../domain/confidentialite/conservation';
import type { Db, DbOrTx } from '../../db/client';
import {
  auditLog,
  demandes,
  loginFailures,
  personnes,
  sessions,
  signalementPhotos,
  signalementStatuts,
  signalements,
  situationAgreements,
  situationParties,
  situationSteps,
  situations,
  structures,
} from '../../db/schema';
import { writeAudit } from '../../lib/audit-log';
import { runExclusive, type ScheduledJob } from '../../lib/scheduler';
import { effacerFiches } from '../accueil';

export const CONSERVATION_LOCK = 74_726_176;
const DAY = 86_400_000;
export const ANONYME = 'Situation anonymisée (durée de conservation écoulée)';
const CLOSED_SIGNALEMENT = ['resolu', 'rejete', 'doublon'];

export interface Purge {
  structureId: string;
  structure: string;
  personnes: number;
  situations: number;
  photos: number;
  auditLectures: number;
  auditModifications: number;
  sessions: number;
}

const monthsBefore = (now: Date, months: number) => {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
};
const day = (d: Date) => d.toISOString().slice(0, 10);

/** Persons whose last contact (the file's last change or their last request) is before `cutoff`, without an open situation. */
async function expiredPersons(tx: DbOrTx, structureId: string, cutoff: Date) {
  const lastRequest = sql`(select max(${demandes.occurredAt}) from ${demandes} where ${demandes.personneId} = ${personnes.id})`;
  const rows = await tx
    .select({ id: personnes.id })
    .from(personnes)
    .where(
      and(
        eq(personnes.structureId, structureId),
        isNull(personnes.mergedIntoId),
        lt(sql`greatest(${personnes.updatedAt}, coalesce(${lastRequest}, ${personnes.updatedAt}))`, cutoff),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(situationParties)
            .innerJoin(situations, eq(situations.id, situationParties.situationId))
            .where(and(eq(situationParties.personneId, personnes.id), ne(situations.status, 'cloturee'))),
        ),
      ),
    );
  return rows.map((r) => r.id);
}

async function purgeStructure(
  tx: DbOrTx,
  s: { id: string; nom: string },
  p: Periodes,
  now: Date,
  dryRun: boolean,
) {
  const out: Purge = {
    structureId: s.id,
    structure: s.nom,
    personnes: 0,
    situations: 0,
    photos: 0,
    auditLectures: 0,
    auditModifications: 0,
    sessions: 0,
  };
  const persons = await expiredPersons(tx, s.id, monthsBefore(now, p.personnes));
  out.personnes = persons.length;
  const oldSituations = await tx
    .select({ id: situations.id })
    .from(situations)
    .where(
      and(
        eq(situations.structureId, s.id),
        eq(situations.status, 'cloturee'),
        isNotNull(situations.closedOn),
        lt(situations.closedOn, day(monthsBefore(now, p.situations))),
        ne(situations.description, ANONYME),
      ),
    );
  out.situations = oldSituations.length;
  const photoCutoff = monthsBefore(now, p.photos);
  const photos = await tx
    .select({ id: signalementPhotos.id })
    .from(signalementPhotos)
    .innerJoin(signalements, eq(signalements.id, signalementPhotos.signalementId))
    .where(
      and(
        eq(signalements.structureId, s.id),
        inArray(signalements.statut, CLOSED_SIGNALEMENT),
        // Closed since before the cutoff: its last status change is older.
        lt(
          sql`(select max(${signalementStatuts.at}) from ${signalementStatuts} where ${signalementStatuts.signalementId} = ${signalements.id})`,
          photoCutoff,
        ),
      ),
    );
  out.photos = photos.length;
  const reads = and(
    eq(auditLog.structureId, s.id),
    eq(auditLog.action, 'read'),
    lt(auditLog.createdAt, monthsBefore(now, p.auditLectures)),
  );
  const changes = and(
    eq(auditLog.structureId, s.id),
    ne(auditLog.action, 'read'),
    lt(auditLog.createdAt, monthsBefore(now, p.auditModifications)),
  );
  const count = async (where: ReturnType<typeof and>) =>
    (await tx.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where))[0]?.n ?? 0;
  out.auditLectures = await count(reads);
  out.auditModifications = await count(changes);
  if (dryRun) return out;

  for (const id of persons) await effacerFiches(tx, s.id, id);
  const sids = oldSituations.map((x) => x.id);
  if (sids.length) {
    await tx
      .update(situations)
      .set({ description: ANONYME, updatedAt: now })
      .where(inArray(situations.id, sids));
    await tx
      .update(situationParties)
      .set({ label: 'Partie', personneId: null })
      .where(inArray(situationParties.situationId, sids));
    await tx.update(situationSteps).set({ note: null }).where(inArray(situationSteps.situationId, sids));
    await tx
      .update(situationAgreements)
      .set({ text: 'Accord anonymisé' })
      .where(inArray(situationAgreements.situationId, sids));
  }
  if (photos.length)
    await tx.delete(signalementPhotos).where(
      inArray(
        signalementPhotos.id,
        photos.map((x) => x.id),
      ),
    );
  await tx.delete(auditLog).where(or(reads, changes));
  return out;
}

export async function purger(db: Db, now: Date, options: { dryRun?: boolean } = {}) {
  const dryRun = options.dryRun ?? false;
  const run = await runExclusive(db, CONSERVATION_LOCK, async (tx) => {
    const all = await tx
      .select({ id: structures.id, nom: structures.nom, conservation: structures.conservation })
      .from(structures);
    const results: Purge[] = [];
    let sessionsCount = 0;
    for (const s of all) {
      const p = periodesDe(s.conservation);
      const r = await purgeStructure(tx, s, p, now, dryRun);
      results.push(r);
      if (!dryRun && (r.personnes || r.situations || r.photos || r.auditLectures || r.auditModifications)) {
        await writeAudit(tx, {
          structureId: s.id,
          actorUserId: null,
          actorLabel: 'systeme',
          channel: 'systeme',
          action: 'delete',
          entityType: 'conservation',
          entityId: null,
          extra: { ...r, structureId: undefined, structure: undefined },
        });
      }
    }
    // Sessions and login failures belong to no structure: the shortest choice of all applies.
    const sessionMonths = Math.min(6, ...all.map((s) => periodesDe(s.conservation).sessions));
    const cutoff = monthsBefore(now, sessionMonths);
    const staleSessions = or(lt(sessions.lastSeenAt, cutoff), lt(sessions.expiresAt, now));
    sessionsCount =
      (await tx.select({ n: sql<number>`count(*)::int` }).from(sessions).where(staleSessions))[0]?.n ?? 0;
    if (!dryRun) {
      await tx.delete(sessions).where(staleSessions);
      await tx.delete(loginFailures).where(lt(loginFailures.failedAt, cutoff));
    }
    return { structures: results, sessions: sessionsCount };
  });
  return run.ran ? { ran: true as const, dryRun, ...run.result } : { ran: false as const, dryRun };
}

/** The next run of the daily job: tomorrow 03:00 UTC, or today if not yet passed. */
export function prochainePurge(now: Date): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 3));
  return next > now ? next : new Date(next.getTime() + DAY);
}

export const conservationJob = (db: Db, now: () => Date): ScheduledJob => ({
  name: 'conservation',
  everyMs: DAY,
  firstRunMs: Math.max(60_000, prochainePurge(now()).getTime() - now().getTime()),
  run: () => purger(db, now()),
});
