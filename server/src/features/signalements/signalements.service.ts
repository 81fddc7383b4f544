import { and, eq } from 'drizzle-orm';
import { coversTerritory } from '../../../../domain/auth/roles';
import { conflict, validationFailed } from '../../../../domain/errors';
import {
  DOUBLON_RAYON_M,
  type DoublonView,
  type SignalementCreateInput,
  type SignalementDetail,
} from '../../../../domain/signalements/signalement.schema';
import type { DbOrTx } from '../../db/client';
import {
  diagnostics,
  partners,
  places,
  signalementStatuts,
  signalements,
  territories,
} from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { linkObservation } from '../main-courante';
import { findDoublons } from './doublons.service';
import { qpvAt } from './geo';
import { reperesOf } from './reperes.service';
import { routeSignalement } from './routage.service';
import { signalementDetail } from './signalements.load';
import type { SignalementRow } from './signalements.presenter';
import { getVisibleRow, userLabel } from './signalements.read';
import { type Transmission, transmissionOf } from './statut.service';

const bad = (champ: string, message: string) =>
  validationFailed(`${message} (${champ})`, [{ champ, message }]);

export interface Localisation {
  territoryId: string;
  placeId: string | null;
  latitude: number | null;
  longitude: number | null;
  qpvCode: string | null;
}

/** Territory, place and point of a capture; the point's QPV by point-in-polygon. */
export async function locate(
  db: DbOrTx,
  structureId: string,
  covers: (territoryId: string) => boolean,
  input: {
    territoireId?: string | null;
    lieuId?: string | null;
    latitude?: number | null;
    longitude?: number | null;
  },
): Promise<Localisation> {
  let latitude = input.latitude ?? null;
  let longitude = input.longitude ?? null;
  let territoryId = input.territoireId ?? null;
  if (input.lieuId) {
    const [place] = await db
      .select()
      .from(places)
      .where(and(eq(places.id, input.lieuId), eq(places.structureId, structureId)));
    if (!place || !covers(place.territoryId)) throw bad('lieuId', 'Lieu inconnu dans vos territoires.');
    if (territoryId && territoryId !== place.territoryId)
      throw bad('lieuId', 'Ce lieu n’est pas dans le territoire choisi.');
    territoryId = place.territoryId;
    if (latitude === null && place.latitude !== null && place.longitude !== null) {
      latitude = place.latitude;
      longitude = place.longitude;
    }
  }
  const qpv = latitude !== null && longitude !== null ? qpvAt(latitude, longitude) : null;
  const terr = await db
    .select({ id: territories.id, qpvCode: territories.qpvCode })
    .from(territories)
    .where(eq(territories.structureId, structureId));
  if (!territoryId) {
    const match = qpv ? terr.find((t) => t.qpvCode === qpv.code && covers(t.id)) : undefined;
    if (!match) throw bad('latitude', 'Ce point n’est dans aucun de vos territoires : choisissez un lieu.');
    territoryId = match.id;
  }
  const territory = terr.find((t) => t.id === territoryId);
  if (!territory || !covers(territory.id))
    throw bad('territoireId', 'Territoire inconnu dans vos territoires.');
  const qpvCode = latitude !== null ? (qpv?.code ?? null) : territory.qpvCode;
  return { territoryId, placeId: input.lieuId ?? null, latitude, longitude, qpvCode };
}

export interface Auteur {
  userId: string | null;
  label: string;
  via: 'application' | 'open311';
}

export interface NewSignalement {
  id: string;
  structureId: string;
  categorie: string;
  description: string | null;
  descriptionInterne: boolean;
  observedAt: Date;
  diagnosticId: string | null;
  /** Captures by the team go straight to the routed partner; Open311 posts wait as `nouveau`. */
  autoTransmit: boolean;
}

/** Inserts a signalement once (same id again: nothing new), routes it, records its history. */
export async function insertSignalement(
  tx: DbOrTx,
  sig: NewSignalement,
  loc: Localisation,
  auteur: Auteur,
  now: Date,
): Promise<{ row: SignalementRow; created: boolean }> {
  const route = await routeSignalement(tx, sig.structureId, sig.categorie, loc.territoryId, loc.placeId);
  const transmit = sig.autoTransmit && route.partnerId !== null;
  const [row] = await tx
    .insert(signalements)
    .values({
      ...sig,
      ...loc,
      statut: transmit ? 'transmis' : 'nouveau',
      partnerId: route.partnerId,
      routage: route.routage,
      alerteRoutage: route.alerte,
      origine: auteur.via,
      createdByUserId: auteur.userId,
      transmittedAt: transmit ? now : null,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: signalements.id })
    .returning();
  if (!row) {
    const [existing] = await tx
      .select()
      .from(signalements)
      .where(and(eq(signalements.id, sig.id), eq(signalements.structureId, sig.structureId)));
    if (!existing) throw conflict('Cet identifiant de signalement est déjà utilisé.');
    return { row: existing, created: false };
  }
  const base = {
    signalementId: row.id,
    at: now,
    byUserId: auteur.userId,
    byLabel: auteur.label,
    via: auteur.via,
  };
  await tx
    .insert(signalementStatuts)
    .values([
      { ...base, statut: 'nouveau', commentaire: null },
      ...(transmit
        ? [{ ...base, statut: 'transmis', commentaire: 'Transmission automatique (règle de routage).' }]
        : []),
    ]);
  return { row, created: true };
}

export interface CaptureResult {
  signalement: SignalementDetail;
  created: boolean;
  doublonsPossibles: DoublonView[];
  /** Set when the capture was sent to the routed partner (the route e-mails them). */
  transmission: Transmission | null;
}

export async function createSignalement(
  ctx: ServiceContext,
  input: SignalementCreateInput,
): Promise<CaptureResult> {
  const sid = ctx.actor.structureId;
  return ctx.db.transaction(async (tx) => {
    const loc = await locate(tx, sid, (t) => coversTerritory(ctx.actor, t), input);
    if (input.diagnosticId) {
      const [d] = await tx
        .select({ id: diagnostics.id })
        .from(diagnostics)
        .where(and(eq(diagnostics.id, input.diagnosticId), eq(diagnostics.structureId, sid)));
      if (!d) throw bad('diagnosticId', 'Diagnostic en marchant inconnu.');
    }
    const now = ctx.now();
    const { row, created } = await insertSignalement(
      tx,
      {
        id: input.id,
        structureId: sid,
        categorie: input.categorie,
        description: input.description,
        descriptionInterne: input.descriptionInterne,
        observedAt: input.observeLe ? new Date(input.observeLe) : now,
        diagnosticId: input.diagnosticId ?? null,
        autoTransmit: true,
      },
      loc,
      { userId: ctx.actor.userId, label: await userLabel(tx, ctx.actor.userId), via: 'application' },
      now,
    );
    const signalement = await signalementDetail(tx, row);
    if (created && input.observationId)
      await linkObservation(tx, ctx, input.observationId, { signalementId: row.id }, 'observationId');
    if (created) {
      await auditChange(tx, ctx, 'create', 'signalement', row.id, {
        before: null,
        after: { ...signalement, historique: undefined, photos: undefined },
      });
    }
    const doublonsPossibles =
      row.latitude !== null && row.longitude !== null
        ? await findDoublons(
            tx,
            ctx.actor,
            row.categorie,
            row.latitude,
            row.longitude,
            row.id,
            DOUBLON_RAYON_M,
          )
        : [];
    let transmission: Transmission | null = null;
    if (created && row.statut === 'transmis' && row.partnerId) {
      const [partner] = await tx.select().from(partners).where(eq(partners.id, row.partnerId));
      transmission = transmissionOf(row, partner!);
    }
    return { signalement, created, doublonsPossibles, transmission };
  });
}

export async function getSignalement(ctx: ServiceContext, id: string): Promise<SignalementDetail> {
  const row = await getVisibleRow(ctx.db, ctx.actor, id);
  const detail = await signalementDetail(ctx.db, row);
  return { ...detail, reperes: await reperesOf(ctx.db, row) };
}
