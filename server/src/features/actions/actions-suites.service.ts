/**
 * The follow-ups of a collective action (issue 14, part 3; ADR 037): link a signalement, a
 * demande or a situation of the structure to an action (idempotent: the same link twice is one),
 * and list them with a label that holds no personal data.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { SUITE_TYPE_LABELS, type SuiteType, type SuiteView } from '../../../../domain/actions/action-suites';
import { notFound, validationFailed } from '../../../../domain/errors';
import { CATEGORIE_LABELS } from '../../../../domain/signalements/signalement.taxonomies';
import { SITUATION_KIND_LABELS } from '../../../../domain/situations/situation.taxonomies';
import { parisDate } from '../../../../domain/time/paris';
import type { DbOrTx } from '../../db/client';
import { actionSuites, demandes, orientations, signalements, situations } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { loadAction } from './actions.read';

const jour = (d: Date | string) => {
  const [y, m, j] = (typeof d === 'string' ? d : parisDate(d)).split('-');
  return `${j}/${m}/${y}`;
};
const label = (codes: Record<string, string>, code: string) => codes[code] ?? code;

/** The records of each kind, by id, as the action's page names them; ids out of the structure are absent. */
async function cibles(db: DbOrTx, structureId: string, type: SuiteType, ids: string[]) {
  const out = new Map<string, { libelle: string; statut: string | null }>();
  if (ids.length === 0) return out;
  if (type === 'signalement') {
    const rows = await db
      .select({
        id: signalements.id,
        numero: signalements.numero,
        categorie: signalements.categorie,
        statut: signalements.statut,
      })
      .from(signalements)
      .where(and(eq(signalements.structureId, structureId), inArray(signalements.id, ids)));
    for (const r of rows)
      out.set(r.id, {
        libelle: `Signalement n° ${r.numero} — ${label(CATEGORIE_LABELS, r.categorie)}`,
        statut: r.statut,
      });
  } else if (type === 'demande') {
    const rows = await db
      .select({ id: demandes.id, at: demandes.occurredAt })
      .from(demandes)
      .where(and(eq(demandes.structureId, structureId), inArray(demandes.id, ids)));
    const orient = await db
      .select({ demandeId: orientations.demandeId })
      .from(orientations)
      .where(inArray(orientations.demandeId, ids));
    for (const r of rows) {
      const n = orient.filter((o) => o.demandeId === r.id).length;
      const suite = n === 0 ? 'sans orientation' : n === 1 ? '1 orientation' : `${n} orientations`;
      out.set(r.id, { libelle: `Demande du ${jour(r.at)} — ${suite}`, statut: null });
    }
  } else {
    const rows = await db
      .select({
        id: situations.id,
        kind: situations.kind,
        openedOn: situations.openedOn,
        status: situations.status,
      })
      .from(situations)
      .where(and(eq(situations.structureId, structureId), inArray(situations.id, ids)));
    for (const r of rows)
      out.set(r.id, {
        libelle: `Situation ouverte le ${jour(r.openedOn)} — ${label(SITUATION_KIND_LABELS, r.kind)}`,
        statut: r.status,
      });
  }
  return out;
}

/** The follow-ups of an action the actor sees, in the order they were linked. */
export async function listSuites(ctx: ServiceContext, actionId: string): Promise<SuiteView[]> {
  if (!(await loadAction(ctx.db, ctx.actor, actionId))) throw notFound('Action');
  return suitesOf(ctx.db, ctx.actor.structureId, actionId);
}

async function suitesOf(db: DbOrTx, structureId: string, actionId: string): Promise<SuiteView[]> {
  const links = await db
    .select()
    .from(actionSuites)
    .where(eq(actionSuites.actionId, actionId))
    .orderBy(asc(actionSuites.lieLe), asc(actionSuites.cibleId));
  const found = new Map<string, { libelle: string; statut: string | null }>();
  for (const type of Object.keys(SUITE_TYPE_LABELS) as SuiteType[]) {
    const ids = links.filter((l) => l.type === type).map((l) => l.cibleId);
    for (const [id, v] of await cibles(db, structureId, type, ids)) found.set(`${type}:${id}`, v);
  }
  return links.flatMap((l) => {
    const c = found.get(`${l.type}:${l.cibleId}`);
    return c ? [{ type: l.type as SuiteType, id: l.cibleId, ...c, lieLe: l.lieLe.toISOString() }] : [];
  });
}

/**
 * Links a record of the structure to an action the actor sees (a 404 otherwise; a 400 on `cibleId`
 * for a record that is not the structure's). The same link twice is one; the first is audited.
 */
export async function lierSuite(
  ctx: ServiceContext,
  actionId: string,
  type: SuiteType,
  cibleId: string,
): Promise<SuiteView[]> {
  return ctx.db.transaction(async (tx) => {
    if (!(await loadAction(tx, ctx.actor, actionId))) throw notFound('Action');
    if (!(await cibles(tx, ctx.actor.structureId, type, [cibleId])).has(cibleId)) {
      const message = `${SUITE_TYPE_LABELS[type]} inconnu·e dans votre structure.`;
      throw validationFailed(message, [{ champ: 'cibleId', message }]);
    }
    const inserted = await tx
      .insert(actionSuites)
      .values({ actionId, type, cibleId, liePar: ctx.actor.userId, lieLe: ctx.now() })
      .onConflictDoNothing()
      .returning({ actionId: actionSuites.actionId });
    if (inserted.length > 0) {
      await auditChange(tx, ctx, 'update', 'action_collective', actionId, {
        after: { suite: `${type}:${cibleId}` },
      });
    }
    return suitesOf(tx, ctx.actor.structureId, actionId);
  });
}
