import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { unauthenticated } from '../../../domain/errors';
import type { Env } from '../env';

/** Whether anyone may read /api/docs and /api/openapi.json (ADR 014): signed-in only in production by default. */
export const apiDocsArePublic = (env: Env) =>
  env.API_DOCS ? env.API_DOCS === 'public' : env.NODE_ENV !== 'production';

/**
 * The OpenAPI document (every route registered after this) and Swagger UI at /api/docs. Call it
 * after the auth hook: the gate reads `request.auth`.
 */
export async function installApiDocs(app: FastifyInstance, env: Env): Promise<void> {
  const gate = async (request: FastifyRequest) => {
    if (!apiDocsArePublic(env) && !request.auth)
      throw unauthenticated('Connectez-vous pour lire la documentation de l’API.');
  };
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Trame API',
        description: 'API de la plateforme de médiation sociale Trame',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'trame_session' },
          jeton: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { jeton: [] }],
    },
    transform: jsonSchemaTransform,
  });
  // Swagger UI's page, its /json and /yaml go through the gate; its static files are public code.
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', uiHooks: { onRequest: gate } });
  app.get('/api/openapi.json', { schema: { hide: true }, onRequest: gate }, async () => app.swagger());
}
