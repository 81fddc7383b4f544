import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { activitesRoutes } from './activites.routes';
import { capturesRoutes } from './captures.routes';
import { mainCouranteCsvRoutes } from './csv.routes';

/** Every route of the main courante; each plugin is encapsulated (the text/csv parser stays in its own). */
export const mainCouranteRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(activitesRoutes);
  await app.register(capturesRoutes);
  await app.register(mainCouranteCsvRoutes);
};
