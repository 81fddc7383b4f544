/**
 * Two conventions of the demo structure, signed by its direction: the transport operator funds
 * mediation at its bus stop and metro station (a perimeter of transport lines), the city and the
 * State fund the « politique de la ville » presence on the two QPV. Periods follow the demo's
 * year of main courante, so their objectives are nearly met, as in real life.
 */
import { and, eq } from 'drizzle-orm';
import { addDays, parisDate } from '../../../domain/main-courante/creneau';
import type { DbOrTx } from '../db/client';
import { partners, places, territories, users } from '../db/schema';
import { buildConvention } from '../factories/conventions.factories';

export async function loadDemoConventions(tx: DbOrTx, o: { structureId: string; now: Date }) {
  const s = eq(partners.structureId, o.structureId);
  const [direction] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.structureId, o.structureId), eq(users.role, 'direction')));
  const funder = async (kind: string) =>
    (
      await tx
        .select({ id: partners.id })
        .from(partners)
        .where(and(s, eq(partners.kind, kind)))
    )[0]!.id;
  const lignes = await tx
    .select({ id: places.id })
    .from(places)
    .where(and(eq(places.structureId, o.structureId), eq(places.kind, 'ligne_transport')));
  const qpv = await tx
    .select({ id: territories.id })
    .from(territories)
    .where(eq(territories.structureId, o.structureId));
  const today = parisDate(o.now);
  const year = Number(today.slice(0, 4));
  const month = today.slice(5, 7);
  // The twelve months that end with the last complete month.
  const transportDu = `${year - 1}-${month}-01`;
  const transportAu = addDays(`${year}-${month}-01`, -1);
  await buildConvention(tx, {
    structureId: o.structureId,
    partnerId: await funder('transporteur'),
    createdBy: direction!.id,
    nom: 'Médiation sociale dans les bus et le métro',
    reference: `RTM-MED-${year - 1}-${month}`,
    du: transportDu,
    au: transportAu,
    commentaire: 'Présence aux arrêts et dans les rames, en soirée et le week-end en priorité.',
    placeIds: lignes.map((l) => l.id),
    objectifs: [
      { indicateur: 'heures_presence', cible: 700 },
      { indicateur: 'contacts', cible: 1600 },
    ],
  });
  await buildConvention(tx, {
    structureId: o.structureId,
    partnerId: await funder('ville'),
    createdBy: direction!.id,
    nom: `Politique de la ville ${year} — Ville et État`,
    reference: `CV-PV-${year}-013`,
    du: `${year}-01-01`,
    au: `${year}-12-31`,
    commentaire:
      'Programmation du contrat de ville : présence de proximité à Malpassé Corot et Frais Vallon.',
    territoryIds: qpv.map((t) => t.id),
    objectifs: [
      { indicateur: 'heures_presence', cible: 4000 },
      { indicateur: 'contacts', cible: 8000 },
      { indicateur: 'activites', cible: 1300 },
      { indicateur: 'activites_evenement', cible: 60 },
      { indicateur: 'actions', cible: 60 },
      { indicateur: 'participants_actions', cible: 900 },
      { indicateur: 'projets_accompagnes', cible: 12 },
    ],
  });
}
