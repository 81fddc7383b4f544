import { randomUUID } from 'node:crypto';
import { and, desc, eq, gte, inArray, isNull, lte, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../../../../domain/errors';
import type {
  Open311PostInput,
  Open311RequestsQuery,
} from '../../../../../domain/signalements/open311.schema';
import {
  CATEGORIE_LABELS,
  CATEGORIES,
  type Categorie,
  STATUT_LABELS,
  STATUTS_FERMES,
  STATUTS_OUVERTS,
  type Statut,
} from '../../../../../domain/signalements/signalement.schema';
import { toParisIso } from '../../../../../domain/time/paris';
import { DATE_HORS_BORNES, dateDansLesBornes } from '../../../../../domain/zod-fr';
import type { Db } from '../../../db/client';
import { open311Keys, partners, places, signalements } from '../../../db/schema';
import { writeAudit } from '../../../lib/audit-log';
import { sha256 } from '../../../lib/crypto';
import { insertSignalement, locate } from '../signalements.service';
import { blurPoint } from './open311.precision';

const err = (status: number, description: string) => new AppError('open311', status, description);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const DEFAULT_SPAN_DAYS = 90;
export const MAX_REQUESTS = 1000;

/** The structure a call is about: jurisdiction_id (its id), else the key's, else the only one publishing. */
export async function resolveJurisdiction(
  db: Db,
  jurisdictionId: string | undefined,
  keyStructureId?: string,
) {
  const publishing = await db
    .selectDistinct({ id: open311Keys.structureId })
    .from(open311Keys)
    .where(isNull(open311Keys.revokedAt));
  if (jurisdictionId) {
    if (!UUID.test(jurisdictionId) || !publishing.some((p) => p.id === jurisdictionId))
      throw err(404, 'jurisdiction_id introuvable.');
    return jurisdictionId;
  }
  if (keyStructureId) return keyStructureId;
  if (publishing.length === 1) return publishing[0]!.id;
  throw err(400, 'jurisdiction_id manquant : ce serveur publie plusieurs juridictions.');
}

export async function checkApiKey(db: Db, apiKey: string | undefined) {
  if (!apiKey) throw err(403, 'api_key manquante.');
  const [key] = await db
    .select()
    .from(open311Keys)
    .where(and(eq(open311Keys.keyHash, sha256(apiKey)), isNull(open311Keys.revokedAt)));
  if (!key) throw err(403, 'api_key invalide ou révoquée.');
  return key;
}

const service = (code: Categorie) => ({
  service_code: code,
  service_name: CATEGORIE_LABELS[code],
  description: `Signalement : ${CATEGORIE_LABELS[code].toLowerCase()}.`,
  metadata: false,
  type: 'realtime',
  keywords: code.replaceAll('_', ' '),
  group: 'Gestion urbaine de proximité',
});

export const listServices = () => CATEGORIES.map(service);

export function serviceDefinition(code: string) {
  if (!(CATEGORIES as readonly string[]).includes(code)) throw err(404, 'service_code introuvable.');
  return { service_code: code, attributes: [] };
}

const splitList = (v: string | undefined) => (v ? v.split(',').filter(Boolean) : []);

function parseDate(v: string | undefined, name: string): Date | undefined {
  if (v === undefined || v === '') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(v))
    throw err(400, `${name} invalide : date W3C attendue, par exemple 2026-01-31T00:00:00+01:00.`);
  if (!dateDansLesBornes(v)) throw err(400, `${name} invalide : ${DATE_HORS_BORNES}`);
  return new Date(v);
}

/** The query or body checked by its schema, or the Open311 400 naming the first faulty field. */
export function parseOpen311<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const champ = issue.path.join('.');
  throw err(400, champ ? `${champ} invalide : ${issue.message}` : `Requête invalide : ${issue.message}`);
}

/**
 * GET requests: spec filters; by default the last 90 days and at most 1000 requests. Coordinates
 * are snapped to a grid of `publicPrecisionM` meters unless a valid key of the jurisdiction is given.
 */
export async function listRequests(db: Db, q: Open311RequestsQuery, now: Date, publicPrecisionM: number) {
  const key = q.api_key === undefined ? null : await checkApiKey(db, q.api_key);
  const sid = await resolveJurisdiction(db, q.jurisdiction_id, key?.structureId);
  if (key && key.structureId !== sid) throw err(403, 'api_key non valable pour cette juridiction.');
  const precision = key ? 0 : publicPrecisionM;
  const f: SQL[] = [eq(signalements.structureId, sid)];
  const ids = splitList(q.service_request_id);
  if (ids.length) {
    // The spec: with service_request_id, the other filters are ignored.
    f.push(
      inArray(
        signalements.id,
        ids.filter((id) => UUID.test(id)).concat(['00000000-0000-0000-0000-000000000000']),
      ),
    );
  } else {
    const codes = splitList(q.service_code);
    const unknown = codes.find((c) => !(CATEGORIES as readonly string[]).includes(c));
    if (unknown) throw err(400, `service_code inconnu : ${unknown}.`);
    if (codes.length) f.push(inArray(signalements.categorie, codes));
    const statuses = splitList(q.status);
    if (statuses.some((s) => s !== 'open' && s !== 'closed')) throw err(400, 'status : open ou closed.');
    if (statuses.length === 1)
      f.push(inArray(signalements.statut, [...(statuses[0] === 'open' ? STATUTS_OUVERTS : STATUTS_FERMES)]));
    let start = parseDate(q.start_date, 'start_date');
    let end = parseDate(q.end_date, 'end_date');
    const span = DEFAULT_SPAN_DAYS * 86_400_000;
    if (!start && !end) end = now;
    if (!start) start = new Date(end!.getTime() - span);
    if (!end) end = new Date(start.getTime() + span);
    if (start > end) throw err(400, 'start_date est après end_date.');
    f.push(gte(signalements.observedAt, start), lte(signalements.observedAt, end));
  }
  const rows = await db
    .select({ s: signalements, partnerNom: partners.nom, placeNom: places.nom })
    .from(signalements)
    .leftJoin(partners, eq(partners.id, signalements.partnerId))
    .leftJoin(places, eq(places.id, signalements.placeId))
    .where(and(...f))
    .orderBy(desc(signalements.observedAt))
    .limit(MAX_REQUESTS);
  return rows.map(({ s, partnerNom, placeNom }) => {
    const statut = s.statut as Statut;
    const point =
      s.latitude === null || s.longitude === null ? null : blurPoint(s.latitude, s.longitude, precision);
    return {
      service_request_id: s.id,
      status: STATUTS_OUVERTS.includes(statut) ? 'open' : 'closed',
      status_notes: STATUT_LABELS[statut],
      service_name: CATEGORIE_LABELS[s.categorie as Categorie],
      service_code: s.categorie,
      // A description the mediator marked internal is never published.
      description: s.descriptionInterne ? null : s.description,
      agency_responsible: partnerNom,
      service_notice: null,
      requested_datetime: toParisIso(s.observedAt),
      updated_datetime: toParisIso(s.updatedAt),
      expected_datetime: null,
      address: placeNom,
      address_id: null,
      zipcode: null,
      lat: point?.lat ?? null,
      long: point?.lon ?? null,
      media_url: null,
    };
  });
}

export async function getRequest(
  db: Db,
  id: string,
  q: Pick<Open311RequestsQuery, 'api_key' | 'jurisdiction_id'>,
  now: Date,
  publicPrecisionM: number,
) {
  if (!UUID.test(id)) throw err(404, 'service_request_id introuvable.');
  const list = await listRequests(
    db,
    { api_key: q.api_key, jurisdiction_id: q.jurisdiction_id, service_request_id: id },
    now,
    publicPrecisionM,
  );
  if (list.length === 0) throw err(404, 'service_request_id introuvable.');
  return list;
}

/**
 * POST requests: arrives `nouveau`, routed, waiting for the coordinator. Contact fields of the
 * reporter (email, names, phone, device_id) are not stored: Trame keeps no personal data from it.
 */
export async function postRequest(db: Db, body: Open311PostInput, now: Date, requestId: string) {
  const key = await checkApiKey(db, body.api_key);
  const sid = await resolveJurisdiction(db, body.jurisdiction_id, key.structureId);
  if (sid !== key.structureId) throw err(403, 'api_key non valable pour cette juridiction.');
  if (!body.service_code) throw err(400, 'service_code manquant.');
  if (!(CATEGORIES as readonly string[]).includes(body.service_code))
    throw err(400, 'service_code introuvable.');
  if (body.lat === undefined || body.long === undefined) {
    throw err(400, 'lat et long requis : ce serveur situe chaque demande par ses coordonnées.');
  }
  const lat = Number(body.lat);
  const lon = Number(body.long);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180)
    throw err(400, 'lat ou long invalide.');
  return db.transaction(async (tx) => {
    let loc: Awaited<ReturnType<typeof locate>>;
    try {
      loc = await locate(tx, sid, () => true, { latitude: lat, longitude: lon });
    } catch {
      throw err(400, 'Ce point est hors des territoires de la juridiction.');
    }
    const { row } = await insertSignalement(
      tx,
      {
        id: randomUUID(),
        structureId: sid,
        categorie: body.service_code!,
        description: body.description,
        descriptionInterne: false,
        observedAt: now,
        diagnosticId: null,
        autoTransmit: false,
      },
      loc,
      { userId: null, label: `Open311 (${key.label})`, via: 'open311' },
      now,
    );
    await writeAudit(tx, {
      structureId: sid,
      actorUserId: null,
      actorLabel: `open311:${key.id}`,
      channel: 'open311',
      action: 'create',
      entityType: 'signalement',
      entityId: row.id,
      before: null,
      after: { categorie: row.categorie, statut: row.statut, partenaireId: row.partnerId },
      requestId,
    });
    return [
      {
        service_request_id: row.id,
        service_notice: 'Demande reçue : elle sera orientée vers le partenaire compétent.',
        account_id: null,
      },
    ];
  });
}
