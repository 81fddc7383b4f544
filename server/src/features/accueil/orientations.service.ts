import { and, asc, desc, eq, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { statutsVers } from '../../../../domain/accueil/accueil.rules';
import {
  ORIENTATION_STATUTS,
  type OrientationStatut,
  STATUTS_OUVERTS,
} from '../../../../domain/accueil/accueil.taxonomies';
import {
  type OrientationListQuery,
  type OrientationPartenaireView,
  type OrientationStatsRow,
  type OrientationView,
  REPONSE_PARTENAIRE_STATUT,
  type ReponsePartenaireInput,
  type StatutUpdateInput,
} from '../../../../domain/accueil/orientation.schema';
import type { Actor } from '../../../../domain/auth/roles';
import { isStaff } from '../../../../domain/auth/roles';
import { conflict, forbidden, notFound } from '../../../../domain/errors';
import type { Page } from '../../../../domain/liste';
import type { DbOrTx } from '../../db/client';
import {
  annuaireServices,
  consentements,
  demandes,
  orientationEvents,
  orientations,
  partners,
  personnes,
} from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { countAll, inParisDays, inQpv, paginer } from '../../lib/liste';
import { tenantScope } from '../../lib/scope';
import { getParametres } from './accueil-settings.service';
import { type OrientationJoined, presentForPartner, presentForStaff } from './orientations.presenter';

/** Staff: their structure and territories. Partners: only what is addressed to their organisation. */
export function orientationScope(actor: Actor): SQL {
  return tenantScope(actor, {
    structureId: orientations.structureId,
    territoryId: orientations.territoryId,
    partnerId: orientations.partnerId,
  });
}

const sharing = sql<boolean>`exists (select 1 from ${consentements} c where c.personne_id = ${orientations.personneId} and c.partage_partenaires and c.withdrawn_at is null)`;

async function selectJoined(
  db: DbOrTx,
  filters: SQL[],
  page = { limit: 1, offset: 0 },
): Promise<OrientationJoined[]> {
  const rows = await db
    .select({
      o: orientations,
      motifs: demandes.motifs,
      serviceNom: annuaireServices.nom,
      partenaireNom: partners.nom,
      pseudonyme: personnes.pseudonyme,
      prenom: personnes.prenom,
      nom: personnes.nom,
      telephone: personnes.telephone,
      email: personnes.email,
      partage: sharing,
    })
    .from(orientations)
    .innerJoin(demandes, eq(demandes.id, orientations.demandeId))
    .innerJoin(annuaireServices, eq(annuaireServices.id, orientations.serviceId))
    .leftJoin(partners, eq(partners.id, orientations.partnerId))
    .leftJoin(personnes, eq(personnes.id, orientations.personneId))
    .where(and(...filters))
    .orderBy(desc(orientations.createdAt), desc(orientations.id))
    .limit(page.limit)
    .offset(page.offset);
  return rows.map((r) => ({ ...r, partage: r.partage === true }));
}

async function eventsOf(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(orientationEvents)
    .where(inArray(orientationEvents.orientationId, ids))
    .orderBy(asc(orientationEvents.at));
}

async function presentAll(ctx: ServiceContext, db: DbOrTx, rows: OrientationJoined[]) {
  const events = await eventsOf(
    db,
    rows.map((r) => r.o.id),
  );
  const of = (id: string) => events.filter((e) => e.orientationId === id);
  if (!isStaff(ctx.actor)) return rows.map((r) => presentForPartner(r, of(r.o.id)));
  const delais = await getParametres(db, ctx.actor.structureId);
  return rows.map((r) => presentForStaff(r, of(r.o.id), delais, ctx.now()));
}

/** Logs a partner's read of shared identities: that is personal data leaving the structure. */
async function auditPartnerReads(ctx: ServiceContext, tx: DbOrTx, views: OrientationPartenaireView[]) {
  for (const v of views.filter((x) => x.personne)) {
    await auditChange(tx, ctx, 'read', 'orientation', v.id);
  }
}

/**
 * Orientations newest first (then id). Opens on what is still open (to chase); a partner's read
 * of shared identities is audited, page by page.
 */
export async function listOrientations(
  ctx: ServiceContext,
  q: OrientationListQuery,
): Promise<Page<OrientationView | OrientationPartenaireView>> {
  // A partner never looks a person up: it reads only what was shared with it.
  if (q.personneId && !isStaff(ctx.actor))
    throw forbidden('Seule l’équipe de la structure consulte l’historique d’une personne (personneId).');
  return ctx.db.transaction(async (tx) => {
    const f: SQL[] = [orientationScope(ctx.actor)];
    if (q.personneId) f.push(eq(orientations.personneId, q.personneId));
    if (q.statut) f.push(eq(orientations.statut, q.statut));
    else if (!q.aRelancer && !q.personneId && q.ouvertes !== 'false')
      f.push(inArray(orientations.statut, [...STATUTS_OUVERTS]));
    if (q.partenaireId) f.push(eq(orientations.partnerId, q.partenaireId));
    if (q.territoireId) f.push(eq(orientations.territoryId, q.territoireId));
    if (q.qpv) f.push(inQpv(orientations.territoryId, ctx.actor.structureId, q.qpv));
    f.push(...inParisDays(orientations.createdAt, q));
    if (q.aRelancer) {
      const { delaiRelanceJours } = await getParametres(tx, ctx.actor.structureId);
      f.push(inArray(orientations.statut, [...STATUTS_OUVERTS]));
      f.push(lte(orientations.statutAt, new Date(ctx.now().getTime() - delaiRelanceJours * 86_400_000)));
    }
    return paginer(
      q,
      () =>
        tx
          .select({ n: countAll })
          .from(orientations)
          .where(and(...f)),
      async (page) => {
        const views = await presentAll(ctx, tx, await selectJoined(tx, f, page));
        if (!isStaff(ctx.actor)) await auditPartnerReads(ctx, tx, views);
        return views;
      },
    );
  });
}

export async function getOrientation(ctx: ServiceContext, id: string) {
  return ctx.db.transaction(async (tx) => {
    const rows = await selectJoined(tx, [eq(orientations.id, id), orientationScope(ctx.actor)]);
    if (rows.length === 0) throw notFound('Orientation');
    const [view] = await presentAll(ctx, tx, rows);
    if (!isStaff(ctx.actor)) await auditPartnerReads(ctx, tx, [view!]);
    return view!;
  });
}

/** Moves an orientation to `to` if its lifecycle allows it (atomic: concurrent answers cannot both win). */
async function transition(
  ctx: ServiceContext,
  id: string,
  to: OrientationStatut,
  by: 'structure' | 'partenaire',
  extra: { motifRefus?: string | null; commentaire?: string | null },
) {
  await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const [row] = await tx
      .update(orientations)
      .set({
        statut: to,
        statutAt: now,
        updatedAt: now,
        ...(by === 'partenaire'
          ? { motifRefus: extra.motifRefus ?? null, commentairePartenaire: extra.commentaire ?? null }
          : {}),
      })
      .where(
        and(
          eq(orientations.id, id),
          orientationScope(ctx.actor),
          inArray(orientations.statut, statutsVers(to)),
        ),
      )
      .returning();
    if (!row) {
      const [exists] = await tx
        .select({ statut: orientations.statut })
        .from(orientations)
        .where(and(eq(orientations.id, id), orientationScope(ctx.actor)));
      if (!exists) throw notFound('Orientation');
      throw conflict(
        `Cette orientation est déjà « ${exists.statut.replaceAll('_', ' ')} » : elle ne peut plus passer à ce statut.`,
      );
    }
    await tx.insert(orientationEvents).values({
      structureId: ctx.actor.structureId,
      orientationId: id,
      statut: to,
      at: now,
      byUserId: ctx.actor.userId,
      byKind: by,
      motifRefus: extra.motifRefus ?? null,
      commentaire: extra.commentaire ?? null,
    });
    await auditChange(tx, ctx, 'update', 'orientation', id, {
      before: null,
      after: { statut: to, motifRefus: extra.motifRefus ?? null },
    });
  });
  return getOrientation(ctx, id);
}

export const setStatutOrientation = (ctx: ServiceContext, id: string, input: StatutUpdateInput) =>
  transition(ctx, id, input.statut, 'structure', { commentaire: input.commentaire });

/** A partner's answer: acceptée (→ prise de contact), refusée with a reason, or aboutie. */
export const answerOrientation = (ctx: ServiceContext, id: string, input: ReponsePartenaireInput) =>
  transition(ctx, id, REPONSE_PARTENAIRE_STATUT[input.reponse], 'partenaire', {
    motifRefus: input.reponse === 'refusee' ? input.motifRefus : null,
    commentaire: input.commentaire,
  });

/** Orientations per partner and status, and the share that succeeded among the closed ones. */
export async function orientationStats(ctx: ServiceContext): Promise<OrientationStatsRow[]> {
  const rows = await ctx.db
    .select({
      partnerId: orientations.partnerId,
      nom: partners.nom,
      statut: orientations.statut,
      n: sql<number>`count(*)::int`,
    })
    .from(orientations)
    .leftJoin(partners, eq(partners.id, orientations.partnerId))
    .where(orientationScope(ctx.actor))
    .groupBy(orientations.partnerId, partners.nom, orientations.statut);
  const byPartner = new Map<string, OrientationStatsRow>();
  for (const r of rows) {
    const k = r.partnerId ?? 'aucun';
    const row =
      byPartner.get(k) ??
      ({
        partenaireId: r.partnerId,
        partenaire: r.nom ?? 'Sans partenaire lié',
        total: 0,
        parStatut: Object.fromEntries(ORIENTATION_STATUTS.map((s) => [s, 0])),
        tauxReussite: null,
      } as OrientationStatsRow);
    row.parStatut[r.statut as OrientationStatut] += r.n;
    row.total += r.n;
    byPartner.set(k, row);
  }
  for (const row of byPartner.values()) {
    const p = row.parStatut;
    const closed = p.aboutie + p.sans_suite + p.refusee + p.expiree;
    row.tauxReussite = closed ? Math.round((p.aboutie / closed) * 1000) / 1000 : null;
  }
  return [...byPartner.values()].sort((a, b) => b.total - a.total);
}
