import type { FastifyServerOptions } from 'fastify';
import type { Env } from '../env';
import { maskUrl, scrubLogLine, serializeError } from './log-redaction';

/**
 * Pino options: requests are logged by method, route and status only. Query strings can hold
 * one-time tokens or search terms about a person, so the URL is logged without them, and the
 * tokens in signed and activation links are cut to their first characters. Database errors are
 * logged without their parameters; every line is scrubbed of e-mail addresses (log-redaction.ts).
 */
export function loggerOptions(env: Env): FastifyServerOptions['logger'] {
  return {
    level: env.LOG_LEVEL,
    redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        url: maskUrl(req.url),
      }),
      err: serializeError,
    },
    hooks: { streamWrite: scrubLogLine },
  };
}
