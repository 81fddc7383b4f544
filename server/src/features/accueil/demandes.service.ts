import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Motif, OrientationStatut } from '../../../../domain/accueil/accueil.taxonomies';
import type {
  DemandeCreateInput,
  DemandeListQuery,
  DemandeListView,
  DemandeView,
  ReponseView,
} from '../../../../domain/accueil/demande.schema';
import type { Actor } from '../../../../domain/auth/roles';
import { notFound, validationFailed } from '../../../../domain/errors';
import { periodeEffective } from '../../../../domain/liste';
import { parisDate, parisInstant } from '../../../../domain/time/paris';
import type { DbOrTx } from '../../db/client';
import { annuaireServices, demandes, orientationEvents, orientations, personnes } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { inParisDays, inQpv, paginerTable } from '../../lib/liste';
import { tenantScope } from '../../lib/scope';
import { assertTerritoireCovered } from './personnes.service';

/** Clocks of phones drift: a time up to 5 minutes ahead is still accepted. */
const FUTURE_SLACK_MS = 5 * 60_000;
type DemandeRow = typeof demandes.$inferSelect;

export function demandeScope(actor: Actor): SQL {
  return tenantScope(actor, { structureId: demandes.structureId, territoryId: demandes.territoryId });
}

async function present(db: DbOrTx, rows: DemandeRow[]): Promise<DemandeView[]> {
  if (rows.length === 0) return [];
  const orients = await db
    .select({
      id: orientations.id,
      demandeId: orientations.demandeId,
      serviceId: orientations.serviceId,
      statut: orientations.statut,
    })
    .from(orientations)
    .where(
      inArray(
        orientations.demandeId,
        rows.map((r) => r.id),
      ),
    );
  return rows.map((d) => ({
    id: d.id,
    date: d.occurredAt.toISOString(),
    canal: d.canal as DemandeView['canal'],
    territoireId: d.territoryId,
    personneId: d.personneId,
    motifs: d.motifs as Motif[],
    reponses: d.reponses.map((r): ReponseView => {
      if (r.type !== 'orientation') return r;
      const o = orients.find((x) => x.id === r.orientation.id);
      return {
        type: 'orientation',
        orientationId: r.orientation.id,
        serviceId: r.orientation.serviceId,
        statut: (o?.statut ?? 'proposee') as OrientationStatut,
      };
    }),
    note: d.note,
    creePar: d.createdBy ?? '',
  }));
}

/** Checks every reference of the body against the actor's structure; 400 naming the field otherwise. */
async function checkReferences(tx: DbOrTx, ctx: ServiceContext, input: DemandeCreateInput) {
  await assertTerritoireCovered(tx, ctx.actor, input.territoireId);
  if (input.personneId) {
    const [p] = await tx
      .select({ territoryId: personnes.territoryId, mergedIntoId: personnes.mergedIntoId })
      .from(personnes)
      .where(and(eq(personnes.id, input.personneId), eq(personnes.structureId, ctx.actor.structureId)));
    if (!p || p.mergedIntoId)
      throw validationFailed('Personne inconnue dans votre structure (personneId).', [
        {
          champ: 'personneId',
          message: p
            ? 'Fiche fusionnée dans une autre : utilisez celle-ci.'
            : 'Personne inconnue dans votre structure.',
        },
      ]);
  }
  const services = new Map<string, string | null>();
  const ids = input.reponses.flatMap((r) => (r.type === 'orientation' ? [r.orientation.serviceId] : []));
  if (ids.length) {
    const rows = await tx
      .select({ id: annuaireServices.id, partnerId: annuaireServices.partnerId })
      .from(annuaireServices)
      .where(and(eq(annuaireServices.structureId, ctx.actor.structureId), inArray(annuaireServices.id, ids)));
    for (const r of rows) services.set(r.id, r.partnerId);
  }
  const orientationIds = input.reponses.flatMap((r) => (r.type === 'orientation' ? [r.orientation.id] : []));
  const taken = orientationIds.length
    ? await tx
        .select({ id: orientations.id, demandeId: orientations.demandeId })
        .from(orientations)
        .where(inArray(orientations.id, orientationIds))
    : [];
  input.reponses.forEach((r, i) => {
    if (r.type === 'orientation' && taken.some((t) => t.id === r.orientation.id && t.demandeId !== input.id))
      throw validationFailed(`Identifiant d’orientation déjà utilisé (reponses.${i}.orientation.id).`, [
        { champ: `reponses.${i}.orientation.id`, message: 'Identifiant déjà utilisé par une autre demande.' },
      ]);
    if (r.type === 'orientation' && !services.has(r.orientation.serviceId))
      throw validationFailed(`Service inconnu dans votre annuaire (reponses.${i}.orientation.serviceId).`, [
        { champ: `reponses.${i}.orientation.serviceId`, message: 'Service inconnu dans votre annuaire.' },
      ]);
  });
  return services;
}

/**
 * Records a request and its orientations (status `proposee`, dated). The id is made on the
 * phone: replaying the same request answers the stored one and creates nothing new.
 */
export async function createDemande(
  ctx: ServiceContext,
  input: DemandeCreateInput,
): Promise<{ created: boolean; view: DemandeView }> {
  const occurredAt = input.heure
    ? parisInstant(parisDate(new Date(input.date)), input.heure)
    : new Date(input.date);
  // A time typed in later is in the past: 23:00 entered at 18:00 is a slip of the finger.
  if (input.heure && occurredAt.getTime() > ctx.now().getTime() + FUTURE_SLACK_MS)
    throw validationFailed('Heure de la demande à venir (heure).', [
      { champ: 'heure', message: 'L’heure de la demande ne peut pas être à venir.' },
    ]);
  return ctx.db.transaction(async (tx) => {
    const services = await checkReferences(tx, ctx, input);
    const now = ctx.now();
    const [row] = await tx
      .insert(demandes)
      .values({
        id: input.id,
        structureId: ctx.actor.structureId,
        territoryId: input.territoireId,
        personneId: input.personneId,
        occurredAt,
        note: input.note ?? null,
        canal: input.canal,
        motifs: [...new Set(input.motifs)],
        reponses: input.reponses,
        createdBy: ctx.actor.userId,
      })
      .onConflictDoNothing({ target: demandes.id })
      .returning();
    if (!row) {
      const [existing] = await tx
        .select()
        .from(demandes)
        .where(and(eq(demandes.id, input.id), demandeScope(ctx.actor)));
      if (!existing)
        throw validationFailed('Identifiant déjà utilisé (id).', [
          { champ: 'id', message: 'Identifiant déjà utilisé.' },
        ]);
      return { created: false, view: (await present(tx, [existing]))[0]! };
    }
    const orients = input.reponses.flatMap((r) => (r.type === 'orientation' ? [r.orientation] : []));
    if (orients.length) {
      await tx.insert(orientations).values(
        orients.map((o) => ({
          id: o.id,
          structureId: ctx.actor.structureId,
          territoryId: input.territoireId,
          demandeId: row.id,
          personneId: input.personneId,
          serviceId: o.serviceId,
          partnerId: services.get(o.serviceId) ?? null,
          statut: 'proposee',
          statutAt: now,
          note: o.note,
          createdBy: ctx.actor.userId,
        })),
      );
      await tx.insert(orientationEvents).values(
        orients.map((o) => ({
          structureId: ctx.actor.structureId,
          orientationId: o.id,
          statut: 'proposee',
          at: now,
          byUserId: ctx.actor.userId,
          byKind: 'structure',
        })),
      );
    }
    const [view] = await present(tx, [row]);
    await auditChange(tx, ctx, 'create', 'demande', row.id, { before: null, after: { ...view } });
    return { created: true, view: view! };
  });
}

/**
 * Demandes newest first (then id). Without `du`, the 30 days ending at `au` or today, so the
 * default count never spans the years; `personneId` alone shows that person's whole history.
 */
export async function listDemandes(ctx: ServiceContext, q: DemandeListQuery): Promise<DemandeListView> {
  const periode =
    q.personneId && !q.du && !q.au ? { du: null, au: null } : periodeEffective(q, parisDate(ctx.now()));
  const f: SQL[] = [demandeScope(ctx.actor)];
  if (q.territoireId) f.push(eq(demandes.territoryId, q.territoireId));
  if (q.qpv) f.push(inQpv(demandes.territoryId, ctx.actor.structureId, q.qpv));
  if (q.personneId) f.push(eq(demandes.personneId, q.personneId));
  if (q.canal) f.push(eq(demandes.canal, q.canal));
  f.push(...inParisDays(demandes.occurredAt, periode));
  const where = and(...f);
  const page = await paginerTable(
    ctx.db,
    q,
    demandes,
    where,
    [desc(demandes.occurredAt), desc(demandes.id)],
    (rows) => present(ctx.db, rows),
  );
  return { ...page, periode };
}

export async function getDemande(ctx: ServiceContext, id: string): Promise<DemandeView> {
  const [row] = await ctx.db
    .select()
    .from(demandes)
    .where(and(eq(demandes.id, id), demandeScope(ctx.actor)));
  if (!row) throw notFound('Demande');
  return (await present(ctx.db, [row]))[0]!;
}
