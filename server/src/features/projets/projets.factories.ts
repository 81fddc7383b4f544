/** Test data of the projects feature: a team, two QPV, partners and person files. */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import { buildPersonne } from '../../factories/accueil.factories';
import { buildPartenaire, buildStructure, buildTerritoire, buildUser } from '../../factories/factories';

/**
 * A structure with mediators Karim and Léa, coordination and direction, a second QPV, two
 * partners, two consenting carriers and a file without consent, a partner account and a
 * coordinator of another structure.
 */
export async function buildProjetsWorld(db: Db) {
  const sid = (await buildStructure(db)).id;
  const territoryId = (await buildTerritoire(db, { structureId: sid })).id;
  const med = await buildUser(db, { structureId: sid, prenom: 'Karim', nom: 'Benali' });
  const med2 = await buildUser(db, { structureId: sid, prenom: 'Léa', nom: 'Martin' });
  const coord = await buildUser(db, { structureId: sid, role: 'coordinateur' });
  const direction = await buildUser(db, { structureId: sid, role: 'direction' });
  const site = { structureId: sid, territoryId, med, med2, coord, direction };
  const otherQpv = (await buildTerritoire(db, { structureId: sid, qpvCode: 'QN01344M' })).id;
  const assoc = await buildPartenaire(db, { structureId: sid, nom: 'Centre social Les Tilleuls' });
  const bailleur = await buildPartenaire(db, { structureId: sid, nom: 'Bailleur Habitat 13' });
  const fatou = await buildPersonne(db, {
    structureId: sid,
    territoryId: site.territoryId,
    pseudonyme: 'Maman A',
    consent: { partagePartenaires: false },
  });
  const awa = await buildPersonne(db, {
    structureId: sid,
    territoryId: site.territoryId,
    pseudonyme: 'Maman B',
    consent: { partagePartenaires: false },
  });
  const sansConsentement = await buildPersonne(db, { structureId: sid, territoryId: site.territoryId });
  const partner = await buildUser(db, { structureId: sid, role: 'partenaire', partnerId: assoc.id });
  const other = await buildUser(db, { role: 'coordinateur' });
  return { ...site, otherQpv, assoc, bailleur, fatou, awa, sansConsentement, partner, other };
}

export type ProjetsWorld = Awaited<ReturnType<typeof buildProjetsWorld>>;

/** A valid new project of the world (a repair café with its partner and two carriers). */
export const projetBody = (d: ProjetsWorld, extra: object = {}) => ({
  id: randomUUID(),
  titre: 'Repair café des mamans',
  description: 'Ouvrir un repair café au pied de la tour B.',
  territoireId: d.territoryId,
  partenaireIds: [d.assoc.id],
  personneIds: [d.fatou.id, d.awa.id],
  ...extra,
});
