import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canManageUsers, canReadUsers, ROLES } from '../../../../domain/auth/roles';
import {
  activationLinkSchema,
  userCreatedSchema,
  userCreateSchema,
  userUpdateSchema,
  userViewSchema,
} from '../../../../domain/utilisateurs/utilisateur.schema';
import { recherche } from '../../../../domain/zod-fr';
import { requireAllowed } from '../../lib/auth';
import { AUCUN_CONTENU } from '../../lib/responses';
import { activationUrl, logActivationLink } from './activation-url';
import {
  createUser,
  listUsers,
  renewActivation,
  resetSecondFactor,
  updateUser,
} from './utilisateurs.service';

const tags = ['utilisateurs'];
const idParams = z.object({ id: z.uuid() });

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/utilisateurs',
    {
      schema: {
        response: { 200: z.array(userViewSchema) },
        tags,
        summary: 'Comptes de la structure',
        querystring: z.object({ q: recherche(100), role: z.enum(ROLES).optional() }),
      },
    },
    async (request) => listUsers(requireAllowed(request, canReadUsers), request.query),
  );

  app.post(
    '/api/utilisateurs',
    {
      schema: {
        response: { 201: userCreatedSchema },
        tags,
        summary: 'Créer un compte (lien d’activation à usage unique)',
        body: userCreateSchema,
      },
    },
    async (request, reply) => {
      const ctx = requireAllowed(request, canManageUsers);
      const { user, secret } = await createUser(ctx, request.body);
      const url = activationUrl(app.deps.env, secret);
      logActivationLink(app.deps.env, request.log, user.id, url);
      return reply.status(201).send({ user, activationUrl: url });
    },
  );

  app.patch(
    '/api/utilisateurs/:id',
    {
      schema: {
        response: { 200: userViewSchema },
        tags,
        summary: 'Modifier un compte',
        params: idParams,
        body: userUpdateSchema,
      },
    },
    async (request) => updateUser(requireAllowed(request, canManageUsers), request.params.id, request.body),
  );

  app.post(
    '/api/utilisateurs/:id/lien-activation',
    {
      schema: {
        response: { 200: activationLinkSchema },
        tags,
        summary: 'Nouveau lien pour définir le mot de passe',
        params: idParams,
      },
    },
    async (request) => {
      const secret = await renewActivation(requireAllowed(request, canManageUsers), request.params.id);
      const url = activationUrl(app.deps.env, secret);
      logActivationLink(app.deps.env, request.log, request.params.id, url);
      return { activationUrl: url };
    },
  );

  app.delete(
    '/api/utilisateurs/:id/deuxieme-facteur',
    {
      schema: {
        response: AUCUN_CONTENU,
        tags,
        summary: 'Réinitialiser la double authentification d’un compte (téléphone perdu)',
        params: idParams,
      },
    },
    async (request, reply) => {
      await resetSecondFactor(requireAllowed(request, canManageUsers), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
