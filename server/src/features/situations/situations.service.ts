import { and, asc, eq } from 'drizzle-orm';
import { coversTerritory } from '../../../../domain/auth/roles';
import { conflict, validationFailed } from '../../../../domain/errors';
import type { SituationCreateInput, SituationView } from '../../../../domain/situations/situation.schema';
import { partners, places, situationLinks, situationSteps, situations, territories } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { assertIdsInStructure } from '../../lib/scope';
import { linkObservation } from '../main-courante';
import { checkAssignment, saveAssignment } from './situation-assignment.service';
import { loadForNotes, loadSituation, parisDay, refuse } from './situations.access';
import { situationView } from './situations.load';
import { presentStep } from './situations.presenter';

/** Opens a situation (idempotent on a client-made id), with its saisine step and its assigned team. */
export async function createSituation(
  ctx: ServiceContext,
  input: SituationCreateInput,
): Promise<SituationView> {
  const today = parisDay(ctx.now());
  const openedOn = input.dateSaisine ?? today;
  refuse(openedOn > today ? 'La saisine ne peut pas être datée dans le futur.' : null, 'dateSaisine');
  return ctx.db.transaction(async (tx) => {
    if (input.id) {
      const [existing] = await tx.select().from(situations).where(eq(situations.id, input.id));
      if (existing && existing.structureId === ctx.actor.structureId) {
        const s = await loadSituation(tx, ctx, existing.id);
        return situationView(tx, s.row, s.access, today);
      }
      if (existing) throw conflict('Cet identifiant est déjà utilisé.');
    }
    await assertIdsInStructure(tx, territories, [input.territoireId], ctx.actor.structureId, 'territoireId');
    if (!coversTerritory(ctx.actor, input.territoireId)) {
      throw validationFailed('Ce QPV n’est pas dans vos territoires.', [
        { champ: 'territoireId', message: 'QPV hors de vos territoires.' },
      ]);
    }
    if (input.lieuId) {
      const [place] = await tx
        .select({ id: places.id })
        .from(places)
        .where(and(eq(places.id, input.lieuId), eq(places.territoryId, input.territoireId)));
      if (!place)
        throw validationFailed('Ce lieu n’appartient pas au QPV choisi.', [
          { champ: 'lieuId', message: 'Lieu inconnu dans ce QPV.' },
        ]);
    }
    if (input.partenaireSaisissantId) {
      await assertIdsInStructure(
        tx,
        partners,
        [input.partenaireSaisissantId],
        ctx.actor.structureId,
        'partenaireSaisissantId',
      );
    }
    const mediatorIds = input.mediateurIds ?? (ctx.actor.role === 'mediateur' ? [ctx.actor.userId] : []);
    if (mediatorIds.length === 0) {
      throw validationFailed('Choisissez le ou les médiateurs chargés de la situation.', [
        { champ: 'mediateurIds', message: 'Au moins un médiateur.' },
      ]);
    }
    const warnings = await checkAssignment(
      tx,
      ctx,
      { placeId: input.lieuId, partyIds: [] },
      mediatorIds,
      input.justification,
    );
    const [row] = await tx
      .insert(situations)
      .values({
        ...(input.id ? { id: input.id } : {}),
        structureId: ctx.actor.structureId,
        territoryId: input.territoireId,
        placeId: input.lieuId,
        kind: input.kind,
        saisinePar: input.saisinePar,
        referrerPartnerId: input.partenaireSaisissantId,
        description: input.description,
        status: 'ouverte',
        openedOn,
        createdBy: ctx.actor.userId,
      })
      .returning();
    await saveAssignment(tx, ctx, row!.id, mediatorIds, warnings, input.justification);
    await tx.insert(situationSteps).values({
      structureId: ctx.actor.structureId,
      situationId: row!.id,
      kind: 'saisine',
      day: openedOn,
      mediatorIds: ctx.actor.role === 'mediateur' ? [ctx.actor.userId] : [],
      createdBy: ctx.actor.userId,
    });
    if (input.origine) {
      // An observation keeps the situation it became (the veille list shows the follow-up).
      if (input.origine.kind === 'observation')
        await linkObservation(tx, ctx, input.origine.id, { situationId: row!.id }, 'origine.id');
      await tx
        .insert(situationLinks)
        .values({ situationId: row!.id, kind: input.origine.kind, targetId: input.origine.id });
    }
    await auditChange(tx, ctx, 'create', 'situation', row!.id, {
      before: null,
      after: {
        kind: row!.kind,
        saisinePar: row!.saisinePar,
        territoireId: row!.territoryId,
        mediateurIds: mediatorIds,
      },
      extra: warnings.length
        ? { avertissementsImpartialite: warnings, justification: input.justification }
        : undefined,
    });
    return situationView(tx, row!, 'complet', today);
  });
}

/** One situation; reading its notes (full access) is written to the audit log. */
export async function getSituation(ctx: ServiceContext, id: string): Promise<SituationView> {
  return ctx.db.transaction(async (tx) => {
    const s = await loadSituation(tx, ctx, id);
    const view = await situationView(tx, s.row, s.access, parisDay(ctx.now()));
    if (s.access === 'complet') {
      await auditChange(tx, ctx, 'read', 'situation', id);
    }
    return view;
  });
}

/** The timeline with its notes: 403 for partners and staff outside the team; audit-logged. */
export async function getSteps(ctx: ServiceContext, id: string) {
  return ctx.db.transaction(async (tx) => {
    await loadForNotes(tx, ctx, id);
    const rows = await tx
      .select()
      .from(situationSteps)
      .where(eq(situationSteps.situationId, id))
      .orderBy(asc(situationSteps.day), asc(situationSteps.createdAt));
    await auditChange(tx, ctx, 'read', 'situation_etapes', id);
    return rows.map(presentStep);
  });
}
