import { and, asc, eq, isNull } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../../../../domain/errors';
import { canManageOpen311Keys } from '../../../../../domain/signalements/signalement.rules';
import {
  type CleOpen311View,
  cleOpen311ViewSchema,
} from '../../../../../domain/signalements/signalement.schema';
import { texte } from '../../../../../domain/zod-fr';
import { open311Keys } from '../../../db/schema';
import { auditChange } from '../../../lib/audit-log';
import { requireAllowed } from '../../../lib/auth';
import type { ServiceContext } from '../../../lib/context';
import { randomSecret, sha256 } from '../../../lib/crypto';
import { AUCUN_CONTENU } from '../../../lib/responses';
import { routeSuppression } from '../../../lib/routes';

const tags = ['open311'];
const keyView = (k: typeof open311Keys.$inferSelect): CleOpen311View => ({
  id: k.id,
  libelle: k.label,
  creeLe: k.createdAt.toISOString(),
  revoqueeLe: k.revokedAt?.toISOString() ?? null,
});

async function createKey(ctx: ServiceContext, libelle: string) {
  const key = `o311_${randomSecret(24)}`;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(open311Keys)
      .values({
        structureId: ctx.actor.structureId,
        label: libelle,
        keyHash: sha256(key),
        createdAt: ctx.now(),
      })
      .returning();
    await auditChange(tx, ctx, 'create', 'cle_open311', row!.id, { after: { libelle } });
    return { ...keyView(row!), cle: key };
  });
}

async function listKeys(ctx: ServiceContext): Promise<CleOpen311View[]> {
  const rows = await ctx.db
    .select()
    .from(open311Keys)
    .where(eq(open311Keys.structureId, ctx.actor.structureId))
    .orderBy(asc(open311Keys.createdAt), asc(open311Keys.id));
  return rows.map(keyView);
}

async function revokeKey(ctx: ServiceContext, id: string) {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(open311Keys)
      .set({ revokedAt: ctx.now() })
      .where(
        and(
          eq(open311Keys.id, id),
          eq(open311Keys.structureId, ctx.actor.structureId),
          isNull(open311Keys.revokedAt),
        ),
      )
      .returning();
    if (!row) throw notFound('Clé Open311');
    await auditChange(tx, ctx, 'update', 'cle_open311', id, { after: { revoquee: true } });
  });
}

/** Admins manage their structure's Open311 keys; the clear key is shown once, at creation. */
export const open311KeysRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/open311/cles',
    {
      schema: {
        tags,
        summary: 'Clés Open311 de la structure',
        response: { 200: z.array(cleOpen311ViewSchema) },
      },
    },
    async (request) => listKeys(requireAllowed(request, canManageOpen311Keys)),
  );
  app.post(
    '/api/open311/cles',
    {
      schema: {
        tags,
        summary: 'Créer une clé Open311',
        body: z.strictObject({ libelle: texte(120) }),
        response: { 201: cleOpen311ViewSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createKey(requireAllowed(request, canManageOpen311Keys), request.body.libelle)),
  );
  routeSuppression(
    app,
    '/api/open311/cles/:id',
    { tags, summary: 'Révoquer une clé Open311' },
    canManageOpen311Keys,
    revokeKey,
  );
};
