import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { installFrenchErrors } from '../../domain/zod-fr';
import type { Db, Engine } from './db/client';
import type { Env } from './env';
import { accueilRoutes } from './features/accueil/accueil.routes';
import { actionsRoutes } from './features/actions/actions.routes';
import { actionsInscriptionsRoutes } from './features/actions/actions-inscriptions.routes';
import { agendaRoutes } from './features/agenda/agenda.routes';
import { alertesRoutes } from './features/alertes/alertes.routes';
import { annuaireRoutes } from './features/annuaire/annuaire.routes';
import { aujourdhuiRoutes } from './features/aujourdhui/aujourdhui.routes';
import { authRoutes } from './features/auth/auth.routes';
import { deuxiemeFacteurRoutes } from './features/auth/deuxieme-facteur.routes';
import { proconnectRoutes } from './features/auth/proconnect.routes';
import { sessionsRoutes } from './features/auth/sessions.routes';
import { confidentialiteRoutes } from './features/confidentialite/confidentialite.routes';
import { conventionsRoutes } from './features/conventions/conventions.routes';
import { healthRoutes } from './features/health/health.routes';
import { apiTokensRoutes } from './features/jetons/jetons.routes';
import { auditRoutes } from './features/journal/journal.routes';
import { mainCouranteRoutes } from './features/main-courante/main-courante.routes';
import { partenairesRoutes } from './features/partenaires/partenaires.routes';
import { fluxRoutes } from './features/planning/flux.routes';
import { planningRoutes } from './features/planning/planning.routes';
import { projetsRoutes } from './features/projets/projets.routes';
import { projetsDocumentsRoutes } from './features/projets/projets-documents.routes';
import { rapportsRoutes } from './features/rapports/rapports.routes';
import { rapportsCarteRoutes } from './features/rapports/rapports-carte.routes';
import { rapportsTextesRoutes } from './features/rapports/rapports-textes.routes';
import { referentielRoutes } from './features/referentiel/referentiel.routes';
import { lienSignalementRoutes } from './features/signalements/lien.routes';
import {
  isOpen311Path,
  open311NotFound,
  open311Routes,
} from './features/signalements/open311/open311.routes';
import { signalementsRoutes } from './features/signalements/signalements.routes';
import { situationActionsRoutes } from './features/situations/situation-actions.routes';
import { situationsRoutes } from './features/situations/situations.routes';
import { structureRoutes } from './features/structures/structures.routes';
import { syncRoutes } from './features/sync/sync.routes';
import { territoiresRoutes } from './features/territoires/territoires.routes';
import { motDePasseOublieRoutes } from './features/utilisateurs/mot-de-passe-oublie.routes';
import { usersRoutes } from './features/utilisateurs/utilisateurs.routes';
import { installApiDocs } from './lib/api-docs';
import { installAuth } from './lib/auth';
import { type Bus, localBus } from './lib/bus';
import { handleError, installErrorHandler } from './lib/errors';
import { installSecurityHeaders } from './lib/security-headers';

export interface AppDeps {
  db: Db;
  engine: Engine;
  env: Env;
  now: () => Date;
  /** Events between instances (alerts); in memory when not given (one process). */
  bus?: Bus;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps & { bus: Bus };
  }
}

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Builds the Fastify app: plugins, every feature's routes, one error handler. */
export async function buildApp(
  deps: AppDeps,
  options: {
    logger?: FastifyServerOptions['logger'] /** built web app to serve (tests) */;
    webDist?: string;
  } = {},
) {
  installFrenchErrors();
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: deps.env.TRUST_PROXY === 'true',
    bodyLimit: 1024 * 1024,
    // Bad URL encoding (`/api/%`) and too long a parameter never reach the error handler otherwise.
    frameworkErrors: handleError,
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('deps', { ...deps, bus: deps.bus ?? localBus() });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(fastifyCookie);
  await installSecurityHeaders(app, deps.env);
  installAuth(app);
  await installApiDocs(app, deps.env);
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(sessionsRoutes);
  await app.register(deuxiemeFacteurRoutes);
  await app.register(proconnectRoutes);
  await app.register(motDePasseOublieRoutes);
  await app.register(structureRoutes);
  await app.register(confidentialiteRoutes);
  await app.register(referentielRoutes);
  await app.register(territoiresRoutes);
  await app.register(partenairesRoutes);
  await app.register(usersRoutes);
  await app.register(apiTokensRoutes);
  await app.register(auditRoutes);
  await app.register(aujourdhuiRoutes);
  await app.register(situationsRoutes);
  await app.register(situationActionsRoutes);
  await app.register(signalementsRoutes);
  await app.register(lienSignalementRoutes);
  await app.register(open311Routes);
  await app.register(mainCouranteRoutes);
  await app.register(annuaireRoutes);
  await app.register(accueilRoutes);
  await app.register(rapportsRoutes);
  await app.register(rapportsCarteRoutes);
  await app.register(conventionsRoutes);
  await app.register(planningRoutes);
  await app.register(projetsRoutes);
  await app.register(projetsDocumentsRoutes);
  await app.register(actionsRoutes);
  await app.register(actionsInscriptionsRoutes);
  await app.register(agendaRoutes);
  await app.register(fluxRoutes);
  await app.register(alertesRoutes);
  await app.register(rapportsTextesRoutes);
  await app.register(syncRoutes);

  const root = options.webDist ?? webDist;
  const hasWeb = existsSync(path.join(root, 'index.html'));
  // wildcard: files are looked up per request, so a rebuild's new assets are served without restart.
  if (hasWeb) await app.register(fastifyStatic, { root, wildcard: true });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (isOpen311Path(path)) return open311NotFound(request, reply);
    // A missing asset (old tab after a deploy) must be a 404, not the SPA's index.html.
    const isFile =
      path.startsWith('/assets/') ||
      /\.(js|mjs|css|map|png|jpe?g|webp|svg|ico|json|webmanifest|txt|woff2?)$/i.test(path);
    if (path.startsWith('/api/') || !hasWeb || request.method !== 'GET' || isFile) {
      return reply.status(404).send({ error: { code: 'introuvable', message: 'Ressource introuvable.' } });
    }
    return reply.sendFile('index.html');
  });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
