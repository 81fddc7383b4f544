import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { forbidden } from '../../../../domain/errors';
import {
  codeConfirmationSchema,
  codesSecoursSchema,
  deuxiemeFacteurEtatSchema,
  deuxiemeFacteurSchema,
  enrolementViewSchema,
  jetonSchema,
  meAvecCodesSchema,
} from '../../../../domain/utilisateurs/deuxieme-facteur.schema';
import { meViewSchema } from '../../../../domain/utilisateurs/utilisateur.schema';
import { requireContext } from '../../lib/auth';
import { AUCUN_CONTENU } from '../../lib/responses';
import {
  confirmOwnEnrolment,
  disableOwnSecondFactor,
  regenerateRecoveryCodes,
  secondFactorState,
  startOwnEnrolment,
} from './deuxieme-facteur-compte.service';
import { confirmWithChallenge, enrolWithChallenge, signInWithCode } from './deuxieme-facteur-connexion';
import { sendSession } from './session-cookie';

const tags = ['authentification'];
const COMPTE = '/api/auth/compte/deuxieme-facteur';

/** One's own second factor is managed from a browser session only, never with an API token. */
function requireSession(request: FastifyRequest) {
  const ctx = requireContext(request);
  if (ctx.channel.via !== 'session')
    throw forbidden('Gérez la double authentification depuis votre navigateur.');
  return ctx;
}

/** The second factor (TOTP, ADR 029): the sign-in's second step, and « Mon compte ». */
export const deuxiemeFacteurRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, env, now } = app.deps;
  const deps = (request: FastifyRequest) => ({ db, env, now: now(), ip: request.ip, requestId: request.id });

  app.post(
    '/api/auth/deuxieme-facteur',
    {
      schema: {
        tags,
        summary: 'Connexion, second temps : code de l’application ou code de secours',
        body: deuxiemeFacteurSchema,
        security: [],
        response: { 200: meViewSchema },
      },
    },
    async (request, reply) => {
      const session = await signInWithCode(deps(request), request.body.jeton, request.body.code);
      return sendSession(db, env, reply, session);
    },
  );
  app.post(
    '/api/auth/deuxieme-facteur/enrolement',
    {
      schema: {
        tags,
        summary: 'Connexion, second temps : configurer l’application d’authentification',
        body: jetonSchema,
        security: [],
        response: { 200: enrolementViewSchema },
      },
    },
    async (request) => enrolWithChallenge(deps(request), request.body.jeton),
  );
  app.post(
    '/api/auth/deuxieme-facteur/enrolement/confirmation',
    {
      schema: {
        tags,
        summary: 'Connexion, second temps : confirmer l’application, recevoir les codes de secours',
        body: deuxiemeFacteurSchema,
        security: [],
        response: { 200: meAvecCodesSchema },
      },
    },
    async (request, reply) => {
      const { codesSecours, ...session } = await confirmWithChallenge(
        deps(request),
        request.body.jeton,
        request.body.code,
      );
      return { ...(await sendSession(db, env, reply, session)), codesSecours };
    },
  );

  app.get(
    COMPTE,
    { schema: { tags, summary: 'Ma double authentification', response: { 200: deuxiemeFacteurEtatSchema } } },
    async (request) => secondFactorState(requireSession(request)),
  );
  app.post(
    `${COMPTE}/enrolement`,
    {
      schema: {
        tags,
        summary: 'Activer la double authentification : le secret à scanner',
        response: { 200: enrolementViewSchema },
      },
    },
    async (request) => startOwnEnrolment(requireSession(request)),
  );
  app.post(
    `${COMPTE}/enrolement/confirmation`,
    {
      schema: {
        tags,
        summary: 'Activer la double authentification : confirmer par un code',
        body: codeConfirmationSchema,
        response: { 200: codesSecoursSchema },
      },
    },
    async (request) => ({
      codesSecours: await confirmOwnEnrolment(requireSession(request), request.body.code),
    }),
  );
  app.post(
    `${COMPTE}/codes-secours`,
    {
      schema: { tags, summary: 'Régénérer mes codes de secours', response: { 200: codesSecoursSchema } },
    },
    async (request) => ({ codesSecours: await regenerateRecoveryCodes(requireSession(request)) }),
  );
  app.delete(
    COMPTE,
    { schema: { tags, summary: 'Désactiver ma double authentification', response: AUCUN_CONTENU } },
    async (request, reply) => {
      await disableOwnSecondFactor(requireSession(request));
      return reply.status(204).send(null);
    },
  );
};
