/** The projects list (docs/listes.md): the open ones by default, newest first. */
import { and, desc, eq, ilike, inArray, type SQL, sql } from 'drizzle-orm';
import type { Page } from '../../../../domain/liste';
import type { ProjetListItemView, ProjetListQuery } from '../../../../domain/projets/projet.schema';
import { PROJET_STATUTS_OUVERTS } from '../../../../domain/projets/projet.taxonomies';
import type { ServiceContext } from '../../lib/context';
import { countAll, likePattern, paginer } from '../../lib/liste';
import { projetScope } from './projets.access';
import { partenairesDe } from './projets.load';
import { presentProjetItem } from './projets.presenter';
import { projetEtapes, projetPorteurs, projets } from './projets.table';

/** The projects of the actor's scope matching the filters, one page. */
export async function listProjets(
  ctx: ServiceContext,
  q: ProjetListQuery,
): Promise<Page<ProjetListItemView>> {
  const filters: Array<SQL | undefined> = [projetScope(ctx.actor)];
  if (q.statut) filters.push(eq(projets.statut, q.statut));
  else if (q.ouverts !== 'false') filters.push(inArray(projets.statut, [...PROJET_STATUTS_OUVERTS]));
  if (q.territoireId) filters.push(eq(projets.territoryId, q.territoireId));
  if (q.q) filters.push(ilike(projets.titre, likePattern(q.q)));
  const where = and(...filters);
  return paginer(
    q,
    () => ctx.db.select({ n: countAll }).from(projets).where(where),
    async ({ limit, offset }) => {
      const rows = await ctx.db
        .select()
        .from(projets)
        .where(where)
        .orderBy(desc(projets.createdAt), desc(projets.id))
        .limit(limit)
        .offset(offset);
      const ids = rows.map((r) => r.id);
      if (!ids.length) return [];
      const partenaires = await partenairesDe(ctx.db, ids);
      const porteurs = await ctx.db
        .select({ projetId: projetPorteurs.projetId, n: countAll })
        .from(projetPorteurs)
        .where(inArray(projetPorteurs.projetId, ids))
        .groupBy(projetPorteurs.projetId);
      const etapes = await ctx.db
        .select({ projetId: projetEtapes.projetId, last: sql<string>`max(${projetEtapes.day})::text` })
        .from(projetEtapes)
        .where(inArray(projetEtapes.projetId, ids))
        .groupBy(projetEtapes.projetId);
      const nPorteurs = new Map(porteurs.map((p) => [p.projetId, Number(p.n)]));
      const derniere = new Map(etapes.map((e) => [e.projetId, e.last]));
      return rows.map((r) =>
        presentProjetItem(
          r,
          partenaires.get(r.id) ?? [],
          nPorteurs.get(r.id) ?? 0,
          derniere.get(r.id) ?? null,
        ),
      );
    },
  );
}
