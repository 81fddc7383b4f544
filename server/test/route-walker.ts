/**
 * Every route the app answers, read from the app itself: the OpenAPI document (`app.swagger()`)
 * for the documented ones with their schemas, and Fastify's route tree for the hidden ones
 * (Open311, the OpenAPI file, the docs UI). Shared by the access matrix and the fuzz test, so a
 * new route is walked by both without anyone listing it.
 */
import type { App } from '../src/app';
import type { DatasetIds } from './access-dataset';

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  additionalProperties?: unknown;
};

export interface WalkedRoute {
  method: string;
  /** OpenAPI notation: /api/situations/{id} */
  path: string;
  /** `GET /api/situations/{id}`: the row of the matrix. */
  key: string;
  /** Absent from the OpenAPI document (schema.hide). */
  hidden: boolean;
  body?: JsonSchema;
  query: Array<{ name: string; required: boolean; schema: JsonSchema }>;
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** Parses `app.printRoutes({ commonPrefix: false })`: one node a line, 4 columns of tree a level. */
function routeTree(app: App): Array<{ method: string; path: string }> {
  const out: Array<{ method: string; path: string }> = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([│ ]*)[├└]── (.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    stack.push(m[2]!);
    const path = stack.join('');
    for (const method of (m[3] ?? '').split(', ')) if (METHODS.has(method)) out.push({ method, path });
  }
  return out;
}

const toOpenApiPath = (p: string) => p.replace(/:([A-Za-z_]+)/g, '{$1}').replace(/\*$/, '{*}');

/**
 * Every route under /api/ and /open311/ with each method but HEAD and OPTIONS, sorted. The static
 * web app (present only when built) is left out so the list is the same on every machine.
 */
export function walkRoutes(app: App): WalkedRoute[] {
  type Operation = {
    requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
    parameters?: Array<{ in: string; name: string; required?: boolean; schema?: JsonSchema }>;
  };
  const doc = app.swagger() as unknown as { paths: Record<string, Record<string, Operation>> };
  const routes = new Map<string, WalkedRoute>();
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(ops)) {
      const method = m.toUpperCase();
      if (!METHODS.has(method)) continue;
      const key = `${method} ${path}`;
      routes.set(key, {
        method,
        path,
        key,
        hidden: false,
        body: op.requestBody?.content?.['application/json']?.schema,
        query: (op.parameters ?? [])
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, required: !!p.required, schema: p.schema ?? {} })),
      });
    }
  }
  const tree = routeTree(app);
  for (const r of tree) {
    const path = toOpenApiPath(r.path);
    if (!/^\/(api|open311)\//.test(path)) continue;
    const key = `${r.method} ${path}`;
    if (!routes.has(key)) routes.set(key, { method: r.method, path, key, hidden: true, query: [] });
  }
  const documented = [...routes.values()].filter((r) => !r.hidden);
  const missing = documented.filter(
    (r) => !tree.some((t) => `${t.method} ${toOpenApiPath(t.path)}` === r.key),
  );
  if (missing.length)
    throw new Error(`route tree not understood, missing: ${missing.map((r) => r.key).join(', ')}`);
  return [...routes.values()].sort(
    (a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method),
  );
}

/** `{id}` by the collection it follows; the first prefix that matches wins. */
const ID_BY_PREFIX: Array<[RegExp, keyof DatasetIds]> = [
  [/^\/api\/territoires\//, 'territoire'],
  [/^\/api\/secteurs\//, 'secteur'],
  [/^\/api\/lieux\//, 'lieu'],
  [/^\/api\/partenaires\//, 'partenaire'],
  [/^\/api\/utilisateurs\//, 'utilisateur'],
  [/^\/api\/jetons\//, 'jeton'],
  [/^\/api\/declarations-impartialite\//, 'declaration'],
  [/^\/api\/situations\//, 'situation'],
  [/^\/api\/signalements\/diagnostics\//, 'diagnostic'],
  [/^\/api\/signalements\/regles\//, 'regle'],
  [/^\/api\/signalements\//, 'signalement'],
  [/^\/api\/open311\/cles\//, 'open311Key'],
  [/^\/api\/activites\//, 'activite'],
  [/^\/api\/observations\//, 'observation'],
  [/^\/api\/annuaire\/services\//, 'service'],
  [/^\/api\/personnes\//, 'personne'],
  [/^\/api\/demandes\//, 'demande'],
  [/^\/api\/orientations\//, 'orientation'],
  [/^\/api\/conventions\//, 'convention'],
  [/^\/api\/planning\/creneaux\//, 'creneau'],
  [/^\/api\/actions\//, 'action'],
  [/^\/api\/planning\/absences\//, 'absence'],
  [/^\/api\/planning\/consignes\//, 'consigne'],
  [/^\/api\/alertes\//, 'alerte'],
  [/^\/api\/projets\//, 'projet'],
  [/^\/api\/auth\/sessions\//, 'session'],
  [/^\/open311\/v2\/requests\//, 'signalement'],
];

/** Other path parameters, by name. */
const PARAMS: Record<string, (ids: DatasetIds) => string> = {
  partieId: (ids) => ids.partie,
  contactId: (ids) => ids.contact,
  observationId: (ids) => ids.observation,
  photoId: (ids) => ids.photo,
  consentementId: (ids) => ids.consentement,
  etapeId: (ids) => ids.etapeProjet,
  financementId: (ids) => ids.financement,
  token: (ids) => ids.lienToken,
  slug: (ids) => ids.slug,
  type: () => 'signalement',
  cibleId: (ids) => ids.signalement,
  personneId: (ids) => ids.personne,
  documentId: (ids) => ids.photo,
  code: () => 'proprete',
  format: () => 'json',
  '*': () => 'swagger-ui.css',
};

/** The value of each path parameter, or null when the walker does not know it. */
export function pathValue(route: WalkedRoute, name: string, ids: DatasetIds): string | null {
  if (name === 'token' && route.path.startsWith('/api/planning/flux/')) return ids.fluxToken;
  if (name === 'id') {
    const hit = ID_BY_PREFIX.find(([re]) => re.test(route.path));
    return hit ? String(ids[hit[1]]) : null;
  }
  return PARAMS[name]?.(ids) ?? null;
}

export const pathParams = (route: WalkedRoute) => [...route.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);

/** The URL of a route on real ids; `override` replaces some parameters (the fuzz test's hostile ones). */
export function fillPath(route: WalkedRoute, ids: DatasetIds, override: Record<string, string> = {}): string {
  return route.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    if (name in override) return override[name]!;
    const value = pathValue(route, name, ids);
    if (value === null) throw new Error(`route walker: no real id for {${name}} in ${route.key}`);
    return encodeURIComponent(value);
  });
}
