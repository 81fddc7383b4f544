import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { type Actor, coversTerritory } from '../../../../domain/auth/roles';
import { conflict, forbidden, notFound, validationFailed } from '../../../../domain/errors';
import type { TerritoireView } from '../../../../domain/territoires/territoire.schema';
import type { DbOrTx } from '../../db/client';
import { places, sectors, territories } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { isUniqueViolation, tenantScope } from '../../lib/scope';
import { findQpv } from '../referentiel';
import { presentLieu, presentSecteur, presentTerritoire } from './territoires.presenter';

/** The SQL filter of the territories an actor covers, within their structure. */
export function territoryScope(actor: Actor): SQL {
  return tenantScope(actor, { structureId: territories.structureId, territoryId: territories.id });
}

/** The structure's QPV the actor covers, each with its sectors and places. */
export async function listTerritoires(ctx: ServiceContext): Promise<TerritoireView[]> {
  const terr = await ctx.db
    .select()
    .from(territories)
    .where(territoryScope(ctx.actor))
    .orderBy(asc(territories.qpvCode), asc(territories.id));
  if (terr.length === 0) return [];
  const ids = terr.map((t) => t.id);
  const sect = await ctx.db
    .select()
    .from(sectors)
    .where(inArray(sectors.territoryId, ids))
    .orderBy(asc(sectors.nom), asc(sectors.id));
  const lieux = await ctx.db
    .select()
    .from(places)
    .where(inArray(places.territoryId, ids))
    .orderBy(asc(places.nom), asc(places.id));
  return terr.map((t) =>
    presentTerritoire(
      t,
      sect.filter((s) => s.territoryId === t.id).map(presentSecteur),
      lieux.filter((p) => p.territoryId === t.id).map(presentLieu),
    ),
  );
}

/** A territory of the actor's structure that the actor covers; 404 otherwise (no leak across structures). */
export async function getCoveredTerritory(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(territories)
    .where(and(eq(territories.id, id), eq(territories.structureId, actor.structureId)));
  if (!row || !coversTerritory(actor, row.id)) throw notFound('Territoire');
  return row;
}

/** Adds a QPV of the national list to the structure. Only an actor covering every territory may. */
export async function addTerritoire(ctx: ServiceContext, qpvCode: string): Promise<TerritoireView> {
  if (ctx.actor.territoryIds !== null)
    throw forbidden('Seul un compte couvrant tous les territoires peut en ajouter.');
  const qpv = findQpv(qpvCode);
  if (!qpv) {
    throw validationFailed(`Le QPV ${qpvCode} n’existe pas dans la liste nationale.`, [
      { champ: 'qpvCode', message: 'QPV absent de la liste nationale.' },
    ]);
  }
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(territories)
        .values({
          structureId: ctx.actor.structureId,
          qpvCode: qpv.code,
          nom: qpv.nom,
          communes: qpv.communes.map((c) => c.nom),
        })
        .returning();
      const view = presentTerritoire(row!, [], []);
      await auditChange(tx, ctx, 'create', 'territoire', row!.id, {
        before: null,
        after: { qpvCode: view.qpvCode, nom: view.nom },
      });
      return view;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`Le QPV ${qpv.code} fait déjà partie de vos territoires.`);
    throw err;
  }
}

export async function removeTerritoire(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await getCoveredTerritory(tx, ctx.actor, id);
    if (ctx.actor.territoryIds !== null)
      throw forbidden('Seul un compte couvrant tous les territoires peut en retirer.');
    await tx.delete(territories).where(eq(territories.id, id));
    await auditChange(tx, ctx, 'delete', 'territoire', id, {
      before: { qpvCode: row.qpvCode, nom: row.nom },
      after: null,
    });
  });
}
