import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Env } from '../env';

/**
 * Security headers of every answer (ADR 014): a strict Content-Security-Policy, no framing,
 * nosniff, a referrer policy that never leaks a token from the address, HSTS in production,
 * and `no-store` on API answers.
 */

/**
 * The CSP source of the map tiles, from MAP_TILE_URL: its scheme, host and port. A host with a
 * placeholder (`{s}.tile.openstreetmap.org`) becomes a wildcard on that label and those left of it.
 */
export function tileSource(url: string | undefined): string | null {
  const m = url ? /^(https?):\/\/([^/?#]+)/i.exec(url) : null;
  if (!m) return null;
  const [host, port] = m[2]!.split(/:(?=[^:]*$)/) as [string, string | undefined];
  const labels = host.split('.');
  const last = labels.findLastIndex((l) => l.includes('{'));
  const named = last === -1 ? host : ['*', ...labels.slice(last + 1)].join('.');
  if (last !== -1 && labels.length - last - 1 < 2) return null;
  return `${m[1]!.toLowerCase()}://${named}${port && /^\d+$/.test(port) ? `:${port}` : ''}`;
}

/** The policy of the web app, its API answers and the Swagger UI (which runs no inline script). */
export function cspDirectives(env: Env): Record<string, string[]> {
  const tiles = tileSource(env.MAP_TILE_URL);
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    // Mantine writes its CSS variables and responsive props into <style> elements at run time.
    'style-src': ["'self'", "'unsafe-inline'"],
    // data: Leaflet's and Swagger UI's icons; blob: photos previewed before upload; the tile server, if any.
    'img-src': ["'self'", 'data:', 'blob:', ...(tiles ? [tiles] : [])],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

/** Addresses that carry a secret in their path: the partner's signed link, the activation link. */
const TOKEN_IN_URL = /^\/(lien\/|activer\/|api\/lien-signalement\/)/;
/**
 * Answers of the API (/api/, and /open311/ whose keyed reads carry exact positions) may carry
 * personal data: notes, persons, exports, photos. None is stored by a browser or proxy, except
 * the health probe, Swagger UI's own static files and the public agenda (ADR 035: public by
 * choice, no personal data), which keep the cache-control their route sets.
 */
const API = /^\/(api|open311)\//;
const CACHEABLE_API = /^\/api\/(health$|docs\/static\/|public\/[^/]+\/agenda(\.ics)?$)/;

const pathOf = (request: FastifyRequest) => request.url.split('?')[0] ?? '';

export async function installSecurityHeaders(app: FastifyInstance, env: Env): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(env) },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity:
      env.NODE_ENV === 'production' ? { maxAge: 365 * 86_400, includeSubDomains: true } : false,
    // Tiles come from another origin without CORP headers: no cross-origin isolation.
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', async (request, reply) => {
    if (TOKEN_IN_URL.test(pathOf(request))) reply.raw.setHeader('referrer-policy', 'no-referrer');
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const path = pathOf(request);
    if (API.test(path) && !CACHEABLE_API.test(path)) reply.header('cache-control', 'no-store');
    // Chrome draws a PDF through an internal <embed> and inline styles, which the page policy
    // forbids (crbug.com/271452): a PDF keeps only the no-framing rule.
    if (String(reply.getHeader('content-type') ?? '').startsWith('application/pdf'))
      reply.header('content-security-policy', "frame-ancestors 'none'");
    return payload;
  });
}
