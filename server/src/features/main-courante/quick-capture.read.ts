import { and, asc, desc, eq, inArray, isNull, lte } from 'drizzle-orm';
import { coversTerritory } from '../../../../domain/auth/roles';
import type { DerniereTourneeView, MediateurView } from '../../../../domain/main-courante/activite.views';
import type { Cadre } from '../../../../domain/main-courante/main-courante.taxonomies';
import { territories, users, userTerritories } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { involving } from './activites.read';
import { activiteMediateurs, activites } from './main-courante.table';

/**
 * What "Démarrer une tournée" pre-fills: the place and colleagues of the user's latest activity
 * started so far. Never a public or genre: a new tournée starts at « inconnu » / « non précisé »
 * (the last ones used apply only within the same tournée, on the phone).
 */
export async function derniereTournee(ctx: ServiceContext): Promise<DerniereTourneeView> {
  const mine = involving(ctx.actor);
  const [last] = await ctx.db
    .select({ a: activites })
    .from(activites)
    .innerJoin(territories, eq(territories.id, activites.territoryId))
    .where(and(mine, lte(activites.debut, ctx.now())))
    .orderBy(desc(activites.debut))
    .limit(1);
  const [enCours] = await ctx.db
    .select({ id: activites.id, debut: activites.debut })
    .from(activites)
    .innerJoin(territories, eq(territories.id, activites.territoryId))
    .where(and(mine, isNull(activites.fin)))
    .orderBy(desc(activites.debut))
    .limit(1);
  let mediateurIds: string[] = [];
  let collegues: DerniereTourneeView['collegues'] = [];
  if (last) {
    const present = await ctx.db
      .select({ id: users.id, prenom: users.prenom, nom: users.nom, isActive: users.isActive })
      .from(activiteMediateurs)
      .innerJoin(users, eq(users.id, activiteMediateurs.userId))
      .where(eq(activiteMediateurs.activiteId, last.a.id))
      .orderBy(asc(users.prenom), asc(users.nom));
    const active = present.filter((p) => p.isActive);
    mediateurIds = active.map((p) => p.id);
    collegues = active
      .filter((p) => p.id !== ctx.actor.userId)
      .map(({ id, prenom, nom }) => ({ id, prenom, nom }));
  }
  return {
    territoireId: last?.a.territoryId ?? null,
    secteurId: last?.a.sectorId ?? null,
    lieuId: last?.a.placeId ?? null,
    cadre: (last?.a.cadre as Cadre | undefined) ?? null,
    mediateurIds,
    collegues,
    enCours: enCours ? { id: enCours.id, debut: enCours.debut.toISOString() } : null,
  };
}

/** Active mediators and coordinators of the structure: who can be listed as present. */
export async function listMediateurs(
  ctx: ServiceContext,
  q: { territoireId?: string },
): Promise<MediateurView[]> {
  const rows = await ctx.db
    .select({
      id: users.id,
      prenom: users.prenom,
      nom: users.nom,
      role: users.role,
      allTerritories: users.allTerritories,
    })
    .from(users)
    .where(
      and(
        eq(users.structureId, ctx.actor.structureId),
        eq(users.isActive, true),
        inArray(users.role, ['mediateur', 'coordinateur']),
      ),
    )
    .orderBy(asc(users.prenom), asc(users.nom), asc(users.id));
  const limited = rows.filter((r) => !r.allTerritories).map((r) => r.id);
  const links = limited.length
    ? await ctx.db.select().from(userTerritories).where(inArray(userTerritories.userId, limited))
    : [];
  const views: MediateurView[] = rows.map((r) => ({
    id: r.id,
    prenom: r.prenom,
    nom: r.nom,
    role: r.role as MediateurView['role'],
    territoireIds: r.allTerritories ? null : links.filter((l) => l.userId === r.id).map((l) => l.territoryId),
  }));
  const wanted = q.territoireId;
  return wanted ? views.filter((v) => coversTerritory({ territoryIds: v.territoireIds }, wanted)) : views;
}
