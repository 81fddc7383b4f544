import type { FastifyServerOptions } from 'fastify';
import type { Env } from '../env';

/**
 * Pino options: requests are logged by method, route and status only. Query strings can hold
 * one-time tokens or search terms about a person, so the URL is logged without them.
 */
export function loggerOptions(env: Env): FastifyServerOptions['logger'] {
  return {
    level: env.LOG_LEVEL,
    redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url.split('?')[0],
      }),
    },
  };
}
