import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { AppError, searchTooBroad } from '../../../domain/errors';

const WHERE: Record<string, string> = {
  body: 'corps de la requête',
  querystring: 'paramètres de l’adresse',
  params: 'adresse',
  headers: 'en-têtes',
};

const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'Le corps de la requête n’est pas un JSON valide.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Le corps de la requête est vide alors qu’un JSON est attendu.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Type de contenu non pris en charge.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'En-tête Content-Length invalide.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'La requête est trop volumineuse.',
  FST_ERR_BAD_URL: 'Adresse invalide : encodage incorrect (caractère % mal formé ?).',
  FST_ERR_INVALID_URL: 'Adresse invalide.',
  FST_ERR_MAX_PARAM_LENGTH: 'Adresse invalide : un élément de l’adresse est trop long.',
  FST_ERR_ASYNC_CONSTRAINT: 'Requête invalide.',
  FST_ERR_ROUTE_MISSING_CONTENT_TYPE: 'En-tête Content-Type manquant.',
  FST_ERR_ROUTE_MISSING_CONTENT: 'Corps de la requête manquant.',
  FST_ERR_NOT_FOUND: 'Ressource introuvable.',
};

/**
 * PostgreSQL errors that only bad input causes: a character the database cannot hold (NUL, a lone
 * surrogate's escape in jsonb), a text that is not a number or a uuid, a date out of range, a
 * value too long for a column or an index. Validation should have refused the input first: this
 * net answers 400 instead of 500, and logs the gap (code and route, never the values) to be fixed.
 */
const INVALID_INPUT_PG_CODES = new Set([
  '22001', // string_data_right_truncation
  '22003', // numeric_value_out_of_range
  '22007', // invalid_datetime_format
  '22008', // datetime_field_overflow
  '22021', // character_not_in_repertoire
  '22P02', // invalid_text_representation
  '22P05', // untranslatable_character
  '54000', // program_limit_exceeded (index row too large)
]);

/** The SQLSTATE of a database error, the driver's own or wrapped by Drizzle as its cause. */
const pgCode = (err: unknown): string | undefined => {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = typeof e?.code === 'string' ? e.code : e?.cause?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
};

type FieldError = { champ: string; message: string };

/** The API's one error body: `{ error: { code, message, details? } }`. */
export const errorBody = (code: string, message: string, details?: unknown) => ({
  error: { code, message, ...(details ? { details } : {}) },
});

function send(reply: FastifyReply, status: number, code: string, message: string, details?: unknown) {
  return reply.status(status).send(errorBody(code, message, details));
}

function fieldErrorsMessage(fields: FieldError[], where?: string): string {
  const list = fields.map((f) => (f.champ ? `${f.champ} : ${f.message}` : f.message)).join(' ; ');
  return `Données invalides${where ? ` (${where})` : ''} — ${list}`;
}

const zodFields = (err: ZodError): FieldError[] =>
  err.issues.map((i) => ({ champ: i.path.join('.'), message: i.message }));

/** The SQLSTATE of a database error that only bad input causes, else undefined. */
export const invalidInputSqlState = (err: unknown): string | undefined => {
  const code = pgCode(err);
  return code && INVALID_INPUT_PG_CODES.has(code) ? code : undefined;
};

/**
 * One error shape for the whole API: { error: { code, message, details? } }. Also installed as
 * Fastify's `frameworkErrors` (bad URL encoding, too long a parameter), which bypass the handler.
 */
export function handleError(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError) return send(reply, err.status, err.code, err.message, err.details);
  if (hasZodFastifySchemaValidationErrors(err)) {
    const fields = err.validation.map((v) => ({
      champ: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
      message: v.message ?? 'Valeur invalide.',
    }));
    const where = err.validationContext ? WHERE[err.validationContext] : undefined;
    return send(reply, 400, 'validation', fieldErrorsMessage(fields, where), fields);
  }
  if (err instanceof ZodError) {
    const fields = zodFields(err);
    return send(reply, 400, 'validation', fieldErrorsMessage(fields), fields);
  }
  const sqlState = pgCode(err);
  if (sqlState === '23503') {
    // A delete of something still referenced (deferred keys fail at commit): refuse, lose nothing.
    return send(
      reply,
      409,
      'encore_utilise',
      'Suppression impossible : des enregistrements y sont encore rattachés (activités, demandes, situations…).',
    );
  }
  if (sqlState === '57014') {
    // query_canceled: the statement ran past statement_timeout (ADR 020).
    request.log.warn({ reqId: request.id, route: request.routeOptions?.url }, 'statement timeout');
    const e = searchTooBroad();
    return send(reply.header('retry-after', '5'), e.status, e.code, e.message);
  }
  if (invalidInputSqlState(err)) {
    request.log.error(
      { reqId: request.id, sqlState, method: request.method, route: request.routeOptions?.url },
      'input refused by the database: a validation gap to close',
    );
    return send(
      reply,
      400,
      'donnee_invalide',
      'Données invalides : une valeur ne peut pas être enregistrée (caractère, date, nombre ou longueur hors des limites).',
    );
  }
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const message = (err.code && FASTIFY_MESSAGES[err.code]) || 'Requête invalide.';
    return send(reply, status, 'requete_invalide', message);
  }
  request.log.error({ err, reqId: request.id }, 'unhandled error');
  return send(reply, 500, 'erreur_interne', `Erreur interne. Référence : ${request.id}.`);
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(handleError);
}
