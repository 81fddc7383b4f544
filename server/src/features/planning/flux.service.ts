/**
 * Calendar feeds of the planning (issue 13, part 5): each person's own shifts, and the team's for
 * coordination. The address carries a secret and needs no cookie; regenerating it kills the old.
 */
import { and, eq, gt, inArray, lt } from 'drizzle-orm';
import { type Actor, isStaff } from '../../../../domain/auth/roles';
import { notFound } from '../../../../domain/errors';
import { canManagePlanning } from '../../../../domain/planning/planning.rules';
import type { Db, DbOrTx } from '../../db/client';
import { planningCreneauMediateurs, planningCreneaux, sectors, territories, users } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import { loadActor } from '../../lib/auth';
import type { ServiceContext } from '../../lib/context';
import { randomSecret } from '../../lib/crypto';
import { type IcalEvent, icalFeed } from './ical';
import { creneauScope, loadCreneaux } from './planning.read';
import { planningFlux } from './planning.table';

const JOUR = 86_400_000;
type Kind = 'personnel' | 'equipe';
const kindsOf = (actor: Actor): Kind[] =>
  canManagePlanning(actor) ? ['personnel', 'equipe'] : ['personnel'];
export const fluxPath = (token: string) => `/api/planning/flux/${token}.ics`;

/** The addresses of the signed-in person's feeds, made on first ask. */
export async function fluxUrls(ctx: ServiceContext, base: string, regenerate = false) {
  const kinds = kindsOf(ctx.actor);
  const tokens = await ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(planningFlux)
      .where(eq(planningFlux.userId, ctx.actor.userId))
      .for('update');
    const out = new Map(rows.map((r) => [r.kind, r.token]));
    for (const kind of kinds) {
      if (out.has(kind) && !regenerate) continue;
      const token = randomSecret(24);
      await tx
        .insert(planningFlux)
        .values({ userId: ctx.actor.userId, structureId: ctx.actor.structureId, kind, token })
        .onConflictDoUpdate({
          target: [planningFlux.userId, planningFlux.kind],
          set: { token, createdAt: ctx.now() },
        });
      out.set(kind, token);
    }
    if (regenerate) {
      await auditChange(tx, ctx, 'update', 'planning_flux', ctx.actor.userId, {
        extra: { regenere: kinds.join(', ') },
      });
    }
    return out;
  });
  const url = (kind: Kind) => (kinds.includes(kind) ? `${base}${fluxPath(tokens.get(kind)!)}` : null);
  return { personnel: url('personnel')!, equipe: url('equipe') };
}

/** Where a shift happens, for the feed: its QPV and sector names; never its note. */
async function lieux(db: DbOrTx, territoireIds: string[], secteurIds: string[]) {
  const t = territoireIds.length
    ? await db
        .select({ id: territories.id, nom: territories.nom })
        .from(territories)
        .where(inArray(territories.id, territoireIds))
    : [];
  const s = secteurIds.length
    ? await db
        .select({ id: sectors.id, nom: sectors.nom })
        .from(sectors)
        .where(inArray(sectors.id, secteurIds))
    : [];
  return new Map([...t, ...s].map((r) => [r.id, r.nom]));
}

/** The iCalendar text of a feed, from 30 days ago to a year ahead; 404 for an unknown secret. */
export async function feed(db: Db, token: string, now: Date): Promise<string> {
  const [row] = await db
    .select({ kind: planningFlux.kind, userId: planningFlux.userId })
    .from(planningFlux)
    .where(eq(planningFlux.token, token));
  if (!row) throw notFound('Calendrier');
  const actor = await loadActor(db, row.userId);
  if (!actor || !isStaff(actor) || (row.kind === 'equipe' && !canManagePlanning(actor)))
    throw notFound('Calendrier');
  const [from, to] = [new Date(now.getTime() - 30 * JOUR), new Date(now.getTime() + 366 * JOUR)];
  const mine =
    row.kind === 'personnel'
      ? inArray(
          planningCreneaux.id,
          db
            .select({ id: planningCreneauMediateurs.creneauId })
            .from(planningCreneauMediateurs)
            .where(eq(planningCreneauMediateurs.mediateurId, actor.userId)),
        )
      : undefined;
  const creneaux = await loadCreneaux(
    db,
    and(creneauScope(actor), lt(planningCreneaux.debut, to), gt(planningCreneaux.fin, from), mine)!,
  );
  const noms = await lieux(
    db,
    [...new Set(creneaux.flatMap((c) => (c.row.territoireId ? [c.row.territoireId] : [])))],
    [...new Set(creneaux.flatMap((c) => (c.row.secteurId ? [c.row.secteurId] : [])))],
  );
  const events: IcalEvent[] = creneaux.map((c) => {
    const lieu = [c.row.territoireId, c.row.secteurId].flatMap((id) =>
      id && noms.get(id) ? [noms.get(id)!] : [],
    );
    return {
      id: c.id,
      type: c.type,
      statut: c.statut,
      debut: c.debut,
      fin: c.fin,
      sequence: c.row.sequence,
      modifie: c.row.updatedAt,
      lieu: lieu.length ? lieu.join(', secteur ') : null,
      equipe: c.mediateurs.map((m) => m.nom),
    };
  });
  const [who] = await db.select({ prenom: users.prenom }).from(users).where(eq(users.id, actor.userId));
  const nom =
    row.kind === 'equipe'
      ? 'Trame — planning de l’équipe'
      : `Trame — planning de ${who?.prenom ?? ''}`.trim();
  return icalFeed(nom, events, now);
}
