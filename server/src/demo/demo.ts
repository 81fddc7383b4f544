import { eq, inArray } from 'drizzle-orm';
import type { Role } from '../../../domain/auth/roles';
import type { PlaceKind } from '../../../domain/territoires/territoire.schema';
import type { Db } from '../db/client';
import { structures, users } from '../db/schema';
import {
  buildLieu,
  buildPartenaire,
  buildSecteur,
  buildStructure,
  buildTerritoire,
  buildUser,
} from '../factories/factories';
import { loadDemoAccueil } from './demo-accueil';
import { loadDemoActions } from './demo-actions';
import { loadDemoConventions } from './demo-conventions';
import { loadDemoMainCourante } from './demo-main-courante';
import { loadDemoProjets } from './demo-projets';
import { loadDemoSignalements } from './demo-signalements';
import { loadDemoSituations } from './demo-situations';

export const DEMO_STRUCTURE = 'GIP Médiation Démo';
/** Its public agenda: /agenda/gip-mediation-demo (e2e/agenda.spec.ts). */
export const DEMO_SLUG = 'gip-mediation-demo';
export const DEMO_PASSWORD = 'demo-trame-2026';
export const DEMO_DOMAIN = 'demo.trame.local';

const MEDIATEURS = [
  ['Samia', 'Benali'],
  ['Julien', 'Moreau'],
  ['Aïcha', 'Diallo'],
  ['Karim', 'Haddad'],
  ['Léa', 'Fontaine'],
  ['Moussa', 'Traoré'],
  ['Inès', 'Garcia'],
  ['Thomas', 'Lefèvre'],
] as const;

/** Deletes the demo structure (everything cascades) and any account left on a demo e-mail. */
async function resetDemo(db: Db) {
  await db.delete(structures).where(eq(structures.nom, DEMO_STRUCTURE));
  const emails = [
    'admin',
    'coordination',
    'direction',
    'bailleur',
    'ville',
    'transport',
    'ccas',
    ...MEDIATEURS.map((_, i) => `mediation${i + 1}`),
  ].map((l) => `${l}@${DEMO_DOMAIN}`);
  await db.delete(users).where(inArray(users.email, emails));
}

/** Creates (or re-creates) "GIP Médiation Démo": two real QPV of Marseille 13e, its team and partners. */
export async function loadDemo(db: Db): Promise<{ structureId: string; accounts: string[] }> {
  return db.transaction(async (tx) => {
    await resetDemo(tx);
    const s = await buildStructure(tx, { nom: DEMO_STRUCTURE, slug: DEMO_SLUG });
    const malpasse = await buildTerritoire(tx, { structureId: s.id, qpvCode: 'QN01342I' });
    const fraisVallon = await buildTerritoire(tx, { structureId: s.id, qpvCode: 'QN01344M' });
    const both = [malpasse.id, fraisVallon.id];

    const bailleur = await buildPartenaire(tx, {
      structureId: s.id,
      nom: 'Habitat Marseille Provence',
      kind: 'bailleur',
      email: 'gestion-proximite@bailleur.demo.trame.local',
      territoryIds: both,
      contacts: [
        { nom: 'Responsable de secteur Nord', fonction: 'Gestion de proximité', telephone: '04 91 00 00 01' },
      ],
    });
    const ville = await buildPartenaire(tx, {
      structureId: s.id,
      nom: 'Ville de Marseille — services techniques 13/14',
      kind: 'ville',
      email: 'st-13-14@ville.demo.trame.local',
      territoryIds: both,
      contacts: [{ nom: 'Cellule GUSP', fonction: 'Coordination GUSP', telephone: '04 91 00 00 02' }],
    });
    const transport = await buildPartenaire(tx, {
      structureId: s.id,
      nom: 'Régie des transports métropolitains',
      kind: 'transporteur',
      email: 'securite-reseau@transport.demo.trame.local',
      territoryIds: both,
    });
    await buildPartenaire(tx, {
      structureId: s.id,
      nom: 'CCAS de Marseille',
      kind: 'ccas',
      territoryIds: both,
    });
    await buildPartenaire(tx, {
      structureId: s.id,
      nom: 'CAF des Bouches-du-Rhône',
      kind: 'caf',
      territoryIds: both,
    });
    await buildPartenaire(tx, {
      structureId: s.id,
      nom: 'Centre social Frais Vallon',
      kind: 'association',
      territoryIds: [fraisVallon.id],
    });

    const corot = await buildSecteur(tx, { structureId: s.id, territoryId: malpasse.id, nom: 'Corot' });
    const lilas = await buildSecteur(tx, {
      structureId: s.id,
      territoryId: malpasse.id,
      nom: 'Les Lilas – Oliviers',
    });
    const fvNord = await buildSecteur(tx, {
      structureId: s.id,
      territoryId: fraisVallon.id,
      nom: 'Frais Vallon Nord',
    });
    const fvSud = await buildSecteur(tx, {
      structureId: s.id,
      territoryId: fraisVallon.id,
      nom: 'Frais Vallon Sud',
    });
    const lieu = (
      territoryId: string,
      sectorId: string,
      nom: string,
      kind: PlaceKind,
      lat: number,
      lon: number,
      partnerId?: string,
    ) =>
      buildLieu(tx, {
        structureId: s.id,
        territoryId,
        sectorId,
        nom,
        kind,
        latitude: lat,
        longitude: lon,
        partnerId: partnerId ?? null,
      });
    await lieu(malpasse.id, corot.id, 'Résidence Corot bât. A', 'residence', 43.32589, 5.40493, bailleur.id);
    await lieu(malpasse.id, corot.id, 'Square Corot', 'place', 43.32638, 5.40634, ville.id);
    await lieu(malpasse.id, lilas.id, 'Groupe scolaire Malpassé', 'ecole', 43.32201, 5.40906, ville.id);
    await lieu(
      malpasse.id,
      lilas.id,
      'Arrêt de bus Malpassé',
      'ligne_transport',
      43.32534,
      5.4113,
      transport.id,
    );
    await lieu(fraisVallon.id, fvNord.id, 'Tour K', 'residence', 43.3262, 5.42728, bailleur.id);
    await lieu(fraisVallon.id, fvNord.id, 'Centre commercial Frais Vallon', 'commerce', 43.32323, 5.4284);
    await lieu(
      fraisVallon.id,
      fvSud.id,
      'Station de métro Frais Vallon',
      'ligne_transport',
      43.32554,
      5.42906,
      transport.id,
    );
    await lieu(fraisVallon.id, fvSud.id, 'City stade', 'equipement', 43.32503, 5.42987, ville.id);

    const accounts: string[] = [];
    const user = async (
      local: string,
      prenom: string,
      nom: string,
      role: Role,
      extra: { territoryIds?: string[] | null; partnerId?: string } = {},
    ) => {
      const email = `${local}@${DEMO_DOMAIN}`;
      await buildUser(tx, { structureId: s.id, email, prenom, nom, role, password: DEMO_PASSWORD, ...extra });
      accounts.push(email);
    };
    await user('admin', 'Alex', 'Admin', 'admin');
    await user('coordination', 'Nadia', 'Rahmani', 'coordinateur');
    await user('direction', 'Philippe', 'Roux', 'direction');
    for (const [i, [prenom, nom]] of MEDIATEURS.entries()) {
      // Half the team works one QPV, half both: territory scoping is visible in the demo.
      const territoryIds = i < 4 ? [malpasse.id] : i < 6 ? [fraisVallon.id] : null;
      await user(`mediation${i + 1}`, prenom, nom, 'mediateur', { territoryIds });
    }
    await user('bailleur', 'Sophie', 'Bailleur', 'partenaire', { partnerId: bailleur.id });
    await user('ville', 'Marc', 'Technique', 'partenaire', { partnerId: ville.id });
    await user('transport', 'Yann', 'Réseau', 'partenaire', { partnerId: transport.id });
    await loadDemoSituations(tx, { structureId: s.id, now: new Date() });
    accounts.push(
      ...(await loadDemoAccueil(tx, {
        structureId: s.id,
        now: new Date(),
        email: (local) => `${local}@${DEMO_DOMAIN}`,
        password: DEMO_PASSWORD,
      })),
    );
    await loadDemoSignalements(tx, { structureId: s.id, now: new Date() });
    await loadDemoMainCourante(tx, { structureId: s.id, now: new Date() });
    await loadDemoConventions(tx, { structureId: s.id, now: new Date() });
    await loadDemoActions(tx, { structureId: s.id, now: new Date() });
    // After the accueil (carriers) and the actions (the ones projects grew out of).
    await loadDemoProjets(tx, { structureId: s.id, now: new Date() });
    return { structureId: s.id, accounts };
  });
}
