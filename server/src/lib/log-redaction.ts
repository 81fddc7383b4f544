import { stdSerializers } from 'pino';

type LoggedError = { type: string; message: string; stack: string; [key: string]: unknown };

/**
 * What the logs must never carry: personal data and secrets. Three layers, each for what the
 * one before cannot see: the request serializer masks tokens in URLs, the error serializer drops
 * SQL parameters and row values from database errors, and a last pass over every written line
 * masks e-mail addresses and signed-link tokens wherever they come from (Fastify's own messages
 * quote raw URLs; an SMTP error quotes the recipient).
 */

const KEEP = 6;
const mask = (secret: string) => (secret.length > KEEP ? `${secret.slice(0, KEEP)}…` : '…');

/** Path segments that are secrets: signed links (API and page), calendar feeds and one-time activation links. */
const TOKEN_IN_PATH =
  /(\/(?:api\/lien-signalement|lien\/signalement|api\/planning\/flux|activer)\/)([^/?#\s"\\]+)/g;
/** The same, without the activation page: its link is written on purpose when no mailer exists. */
const LINK_TOKEN_IN_PATH =
  /(\/(?:api\/lien-signalement|lien\/signalement|api\/planning\/flux)\/)([^/?#\s"\\]+)/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** A request URL as it may be logged: no query string, tokens cut to their first characters. */
export function maskUrl(url: string): string {
  return (url.split('?')[0] ?? '').replace(
    TOKEN_IN_PATH,
    (_, prefix: string, token: string) => prefix + mask(token),
  );
}

/** The last pass over a written log line. */
export function scrubLogLine(line: string): string {
  let out = line.replace(LINK_TOKEN_IN_PATH, (_, prefix: string, token: string) => prefix + mask(token));
  if (out.includes('@')) out = out.replace(EMAIL, '[e-mail]');
  return out;
}

interface PgLikeError {
  code: string;
  severity?: string;
  table?: string;
  constraint?: string;
  column?: string;
  schema?: string;
  routine?: string;
  message?: string;
}

const isPgError = (e: unknown): e is PgLikeError =>
  typeof e === 'object' &&
  e !== null &&
  typeof (e as PgLikeError).code === 'string' &&
  /^[0-9A-Z]{5}$/.test((e as PgLikeError).code) &&
  ('severity' in e || 'routine' in e);

const isQueryError = (e: unknown): e is Error & { query: unknown; params: unknown } =>
  e instanceof Error && 'query' in e && 'params' in e;

/** The database error in a cause chain: drizzle wraps the driver's error in `cause`. */
function findDbError(err: unknown): { pg?: PgLikeError; query: boolean } | null {
  let query = false;
  let e: unknown = err;
  for (let depth = 0; depth < 5 && e; depth++) {
    if (isQueryError(e)) query = true;
    if (isPgError(e)) return { pg: e, query };
    e = (e as { cause?: unknown }).cause;
  }
  return query ? { query } : null;
}

/** PostgreSQL quotes values in some messages (`invalid input syntax … : "x"`): keep only names. */
function safePgMessage(pg: PgLikeError): string {
  const names = new Set([pg.table, pg.constraint, pg.column, pg.schema].filter(Boolean));
  return (pg.message ?? '').replace(/"([^"]*)"/g, (whole, inner: string) =>
    names.has(inner) ? whole : '"…"',
  );
}

/** Stack frames only: the first lines of a query error's stack repeat its message (SQL, params). */
const framesOf = (stack: string | undefined) =>
  (stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .join('\n');

/**
 * Pino's error serializer, except for database errors: those are logged by their PostgreSQL code,
 * table, constraint and column, never with the query's parameters, the row's values (`detail`)
 * or the query text.
 */
export function serializeError(err: Error): LoggedError {
  const db = findDbError(err);
  if (!db) return stdSerializers.err(err);
  const pg = db.pg;
  return {
    type: err.constructor?.name ?? err.name,
    message: pg ? `database error ${pg.code}: ${safePgMessage(pg)}` : 'database query failed',
    stack: framesOf(err.stack),
    ...(pg
      ? {
          db: {
            code: pg.code,
            severity: pg.severity,
            table: pg.table,
            constraint: pg.constraint,
            column: pg.column,
            routine: pg.routine,
          },
        }
      : {}),
  };
}
