/**
 * A valid request for every route: generated from its OpenAPI schemas (required fields, first
 * enum value, real ids chosen by field name), then completed by the few overrides a schema cannot
 * say (a date range, a status transition, a CSV, an image). The access matrix sends it as is, so
 * a cell is decided by rights and not by a 400; the fuzz test starts from it and breaks it.
 */
import { randomUUID } from 'node:crypto';
import { diService, diStructure } from '../src/factories/accueil.factories';
import { TEST_PASSWORD } from '../src/factories/factories';
import { activiteBody, HEADER } from '../src/features/main-courante/main-courante.factories';
import type { DatasetIds } from './access-dataset';
import { fillPath, type JsonSchema, type WalkedRoute } from './route-walker';

export interface RouteRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

/** Uuid fields by name; arrays of them (`...Ids`) get one element. */
const ID_FIELDS: Record<string, (ids: DatasetIds) => string> = {
  territoireId: (ids) => ids.territoire,
  secteurId: (ids) => ids.secteur,
  lieuId: (ids) => ids.lieu,
  partenaireId: (ids) => ids.partenaire,
  partenaireSaisissantId: (ids) => ids.partenaire,
  mediateurId: (ids) => ids.utilisateur,
  userId: (ids) => ids.admin,
  personneId: (ids) => ids.personne,
  serviceId: (ids) => ids.service,
  doublonId: (ids) => ids.doublon,
  partieId: (ids) => ids.partie,
  diagnosticId: (ids) => ids.diagnostic,
  doublonDeId: (ids) => ids.signalement2,
  cibleId: (ids) => ids.contact,
};

const DATE = '2026-06-10';
const DATE_TIME = '2026-06-10T14:00:00+02:00';

const nonNull = (options: JsonSchema[]) => options.find((o) => o.type !== 'null') ?? options[0]!;

/** A valid value of `schema` for a field called `name`. */
export function sampleValue(schema: JsonSchema, name: string, ids: DatasetIds): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.anyOf) return sampleValue(nonNull(schema.anyOf), name, ids);
  if (schema.oneOf) return sampleValue(nonNull(schema.oneOf), name, ids);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'object' || schema.properties) {
    const out: Record<string, unknown> = {};
    for (const key of schema.required ?? []) out[key] = sampleValue(schema.properties?.[key] ?? {}, key, ids);
    return out;
  }
  if (type === 'array') {
    const single = name.endsWith('Ids') ? name.slice(0, -1) : name;
    return schema.items && (schema.minItems || name.endsWith('Ids'))
      ? [sampleValue(schema.items, single, ids)]
      : [];
  }
  if (type === 'integer' || type === 'number') {
    if (name === 'latitude') return 43.32589;
    if (name === 'longitude') return 5.40493;
    const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
    return Math.min(Math.max(min, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER);
  }
  if (type === 'boolean') return false;
  if (name in ID_FIELDS) return ID_FIELDS[name]!(ids);
  if (schema.format === 'uuid') return randomUUID();
  if (schema.format === 'date' || schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return DATE;
  if (schema.format === 'date-time') return DATE_TIME;
  if (schema.format === 'email' || name === 'email') return 'nouvelle.adresse@example.org';
  if (schema.pattern?.startsWith('^QN')) return 'QN00101M';
  if (/password/i.test(name)) return TEST_PASSWORD;
  const text = 'Texte de test';
  return text.padEnd(schema.minLength ?? 0, '.').slice(0, schema.maxLength ?? text.length);
}

const json = (body: unknown) => ({ type: 'application/json', payload: JSON.stringify(body) });
type Override = (ids: DatasetIds) => { type: string; payload: string | Buffer } | Record<string, unknown>;

/** What the schemas cannot say. A record is merged over the generated body; a {type, payload} replaces it. */
const OVERRIDES: Record<string, Override> = {
  'POST /api/auth/login': (ids) => ({ email: ids.adminEmail, password: TEST_PASSWORD }),
  'POST /api/auth/mot-de-passe': () => ({
    currentPassword: TEST_PASSWORD,
    newPassword: 'un-nouveau-mot-de-passe-2026',
  }),
  // Every field is optional and an empty change is refused: the name is the one all managers change.
  'PATCH /api/structure': () => ({ nom: 'Structure renommée' }),
  'PATCH /api/activites/{id}': () => ({ commentaire: 'Tournée calme.' }),
  'PATCH /api/activites/{id}/contacts/{contactId}': () => ({ nbPersonnes: 2 }),
  'POST /api/declarations-impartialite': (ids) => ({ partieId: ids.partie }),
  'POST /api/signalements': (ids) => ({ lieuId: ids.lieu }),
  'POST /api/signalements/regles': (ids) => ({ territoireId: ids.territoire }),
  'POST /api/situations': (ids) => ({ mediateurIds: [ids.utilisateur] }),
  'POST /api/situations/{id}/affectation': () => ({ justification: 'Aucun conflit d’intérêts.' }),
  'POST /api/signalements/{id}/statut': () => ({ statut: 'pris_en_compte' }),
  'POST /api/lien-signalement/{token}/statut': () => ({ statut: 'pris_en_compte' }),
  'POST /api/conventions': () => ({ du: '2026-01-01', au: '2026-12-31' }),
  'PATCH /api/conventions/{id}': () => ({ du: '2026-01-01', au: '2026-12-31' }),
  'PUT /api/rapports/textes': () => ({
    du: '2026-01-01',
    au: '2026-12-31',
    sections: { introduction: 'Texte' },
  }),
  'POST /api/planning/creneaux': () => ({
    type: 'permanence',
    debut: '2026-06-11T09:00:00+02:00',
    fin: '2026-06-11T12:00:00+02:00',
  }),
  'POST /api/actions': (ids) => ({
    debut: '2026-06-11T09:00:00+02:00',
    fin: '2026-06-11T12:00:00+02:00',
    mediateurIds: [ids.utilisateur],
  }),
  'POST /api/planning/absences': () => ({
    type: 'conge',
    debut: '2026-07-01T00:00:00+02:00',
    fin: '2026-07-03T00:00:00+02:00',
  }),
  'POST /api/planning/consignes': (ids) => ({ jusquau: ids.jour, creneauId: null }),
  // An empty change is refused; a funding line names its funder (a partner or a name, one of both).
  'PATCH /api/projets/{id}': () => ({ titre: 'Projet renommé' }),
  'POST /api/projets/{id}/financements': () => ({ financeur: 'Fondation de France' }),
  'PATCH /api/projets/{id}/financements/{financementId}': () => ({ montantObtenu: 1 }),
  'PUT /api/accueil/parametres': () => ({ delaiRelanceJours: 7, delaiExpirationJours: 30 }),
  'POST /api/annuaire/import/data-inclusion': () => {
    const s = diStructure();
    return { structures: [s], services: [diService(s.id)] };
  },
  'POST /api/activites': (ids) =>
    json(activiteBody({ territoireId: ids.territoire, mediateurIds: [ids.utilisateur] })),
  'POST /api/orientations/{id}/statut': () => ({ statut: 'prise_de_contact' }),
  'POST /api/demandes': () => ({ reponses: [{ type: 'information' }] }),
  'POST /api/situations/{id}/accord': (ids) => ({
    texte: 'Accord trouvé entre les parties.',
    partieIds: [ids.partie, ids.partie2],
  }),
  'POST /api/signalements/{id}/photos': (ids) => ({ type: 'image/png', payload: ids.png }),
  'POST /api/activites/import': (ids) => ({
    type: 'text/csv; charset=utf-8',
    payload: `${HEADER}\n10/03/2026;14:00;16:00;tournee;QN01342I;;${ids.mediateurEmail};lien_social;1;adulte;femme;\n`,
  }),
  'POST /open311/v2/requests.{format}': (ids) => ({
    type: 'application/x-www-form-urlencoded',
    payload: new URLSearchParams({
      api_key: ids.open311Secret,
      service_code: 'proprete',
      lat: '43.32589',
      long: '5.40493',
      description: 'Dépôt sauvage devant le local vélos.',
    }).toString(),
  }),
};

/** The valid body of a route (none for a bodyless route), as a content type and a payload. */
export function validBody(
  route: WalkedRoute,
  ids: DatasetIds,
): { type: string; payload: string | Buffer } | null {
  const override = OVERRIDES[route.key]?.(ids);
  if (override && 'payload' in override && 'type' in override)
    return override as { type: string; payload: string | Buffer };
  if (!route.body && !override) return null;
  const generated = route.body ? sampleValue(route.body, '', ids) : {};
  return json(
    generated && typeof generated === 'object' && !Array.isArray(generated)
      ? { ...(generated as object), ...(override ?? {}) }
      : generated,
  );
}

/** The valid query string: required parameters only. */
export function validQuery(route: WalkedRoute, ids: DatasetIds): Record<string, string> {
  const out: Record<string, string> = {};
  for (const q of route.query.filter((x) => x.required))
    out[q.name] = String(sampleValue(q.schema, q.name, ids));
  // A paged list opens on its last 30 days (ADR 019): ask for the whole history, so a cell's
  // item count shows every row the identity can read, leaks included.
  const names = route.query.map((q) => q.name);
  if (names.includes('parPage') && names.includes('du') && !out.du) out.du = '2000-01-01';
  return out;
}

/** The full valid request of a route on real ids. */
export function validRequest(route: WalkedRoute, ids: DatasetIds): RouteRequest {
  const body = validBody(route, ids);
  const query = new URLSearchParams(validQuery(route, ids)).toString();
  return {
    method: route.method,
    url: fillPath(route, ids) + (query ? `?${query}` : ''),
    headers: body ? { 'content-type': body.type } : {},
    ...(body ? { payload: body.payload } : {}),
  };
}
