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
  FST_ERR_BAD_URL: 'Adresse invalide.',
  FST_ERR_ASYNC_CONSTRAINT: 'Requête invalide.',
};

const hasSqlState = (err: unknown, state: string): boolean => {
  const e = err as { code?: string; cause?: { code?: string } } | null;
  return e?.code === state || e?.cause?.code === state;
};
const isForeignKeyViolation = (err: unknown) => hasSqlState(err, '23503');
/** query_canceled: the statement ran past statement_timeout (ADR 020). */
const isStatementTimeout = (err: unknown) => hasSqlState(err, '57014');

type FieldError = { champ: string; message: string };

function send(reply: FastifyReply, status: number, code: string, message: string, details?: unknown) {
  return reply.status(status).send({ error: { code, message, ...(details ? { details } : {}) } });
}

function fieldErrorsMessage(fields: FieldError[], where?: string): string {
  const list = fields.map((f) => (f.champ ? `${f.champ} : ${f.message}` : f.message)).join(' ; ');
  return `Données invalides${where ? ` (${where})` : ''} — ${list}`;
}

const zodFields = (err: ZodError): FieldError[] =>
  err.issues.map((i) => ({ champ: i.path.join('.'), message: i.message }));

/** One error shape for the whole API: { error: { code, message, details? } }. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
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
    if (isForeignKeyViolation(err)) {
      // A delete of something still referenced (deferred keys fail at commit): refuse, lose nothing.
      return send(
        reply,
        409,
        'encore_utilise',
        'Suppression impossible : des enregistrements y sont encore rattachés (activités, demandes, situations…).',
      );
    }
    if (isStatementTimeout(err)) {
      request.log.warn({ reqId: request.id, route: request.routeOptions.url }, 'statement timeout');
      const e = searchTooBroad();
      return send(reply.header('retry-after', '5'), e.status, e.code, e.message);
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const message = (err.code && FASTIFY_MESSAGES[err.code]) || 'Requête invalide.';
      return send(reply, status, 'requete_invalide', message);
    }
    request.log.error({ err, reqId: request.id }, 'unhandled error');
    return send(reply, 500, 'erreur_interne', `Erreur interne. Référence : ${request.id}.`);
  });
}
