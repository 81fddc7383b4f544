import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../../../../domain/errors';
import {
  open311PostSchema,
  open311RequestsQuerySchema,
} from '../../../../../domain/signalements/open311.schema';
import { invalidInputSqlState } from '../../../lib/errors';
import { type Format, parseFormat, sendOpen311, sendOpen311Error } from './open311.format';
import {
  getRequest,
  listRequests,
  listServices,
  parseOpen311,
  postRequest,
  serviceDefinition,
} from './open311.service';
import { open311KeysRoutes } from './open311-keys.routes';

type Req = FastifyRequest<{ Params: Record<string, string>; Querystring: Record<string, string> }>;
const formatOf = (request: FastifyRequest): Format => {
  const f = (request.params as { format?: string }).format;
  return f === 'json' ? 'json' : 'xml';
};
const BASE = '/open311/v2';

/** GeoReport v2 (http://wiki.open311.org/GeoReport_v2): public reads, keyed posts, XML and JSON. */
const open311Public: FastifyPluginAsync = async (app) => {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 64 * 1024 },
    (_r, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const format = formatOf(request);
    if (error instanceof AppError) return sendOpen311Error(reply, format, error.status, error.message);
    const sqlState = invalidInputSqlState(error);
    if (sqlState) {
      request.log.error({ reqId: request.id, sqlState }, 'open311 input refused by the database');
      return sendOpen311Error(reply, format, 400, 'Données invalides.');
    }
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'open311 error');
    return sendOpen311Error(reply, format, status, status === 500 ? 'Erreur interne.' : 'Requête invalide.');
  });
  const schema = { hide: true };

  app.get(`${BASE}/discovery.:format`, { schema }, async (request: Req, reply) => {
    const format = parseFormat(request.params.format!);
    const base = app.deps.env.TRAME_PUBLIC_URL ?? `${request.protocol}://${request.host}`;
    const changeset = '2026-11-22T00:00:00+01:00';
    return sendOpen311(reply, format, 'discovery', {
      changeset,
      contact: 'Contactez la structure de médiation qui publie ces données.',
      key_service: 'Clés délivrées par les administrateurs de la structure (Trame, rubrique Open311).',
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: `${base.replace(/\/$/, '')}${BASE}`,
          changeset,
          type: 'production',
          formats: ['text/xml', 'application/json'],
        },
      ],
    });
  });
  app.get(`${BASE}/services.:format`, { schema }, async (request: Req, reply) =>
    sendOpen311(reply, parseFormat(request.params.format!), 'services', listServices()),
  );
  app.get(`${BASE}/services/:code.:format`, { schema }, async (request: Req, reply) =>
    sendOpen311(
      reply,
      parseFormat(request.params.format!),
      'service_definition',
      serviceDefinition(request.params.code!),
    ),
  );
  app.get(`${BASE}/requests.:format`, { schema }, async (request: Req, reply) => {
    const format = parseFormat(request.params.format!);
    const query = parseOpen311(open311RequestsQuerySchema, request.query);
    const list = await listRequests(
      app.deps.db,
      query,
      app.deps.now(),
      app.deps.env.OPEN311_PUBLIC_PRECISION_M,
    );
    return sendOpen311(reply, format, 'service_requests', list);
  });
  app.get(`${BASE}/requests/:id.:format`, { schema }, async (request: Req, reply) => {
    const format = parseFormat(request.params.format!);
    const query = parseOpen311(open311RequestsQuerySchema, request.query);
    const list = await getRequest(
      app.deps.db,
      request.params.id!,
      query,
      app.deps.now(),
      app.deps.env.OPEN311_PUBLIC_PRECISION_M,
    );
    return sendOpen311(reply, format, 'service_requests', list);
  });
  app.post(`${BASE}/requests.:format`, { schema }, async (request: Req, reply) => {
    const format = parseFormat(request.params.format!);
    const body = parseOpen311(open311PostSchema, request.body);
    const created = await postRequest(app.deps.db, body, app.deps.now(), request.id);
    return sendOpen311(reply, format, 'service_requests', created, 201);
  });
};

/** An unknown Open311 address answers in the spec's error shape and exact Content-Type (app.ts's 404 calls it). */
export const isOpen311Path = (path: string) => path.startsWith('/open311/');
export const open311NotFound = (request: FastifyRequest, reply: FastifyReply) =>
  sendOpen311Error(
    reply,
    /\.json$/.test(request.url.split('?')[0] ?? '') ? 'json' : 'xml',
    404,
    'Adresse Open311 inconnue.',
  );

export const open311Routes: FastifyPluginAsync = async (app) => {
  await app.register(open311Public);
  await app.register(open311KeysRoutes);
};
