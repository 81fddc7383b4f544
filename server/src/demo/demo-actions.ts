/**
 * A year of collective actions for the demo structure (issue 14, part 7): about two a week across
 * every type, on both QPV, run by the mediators who work there, co-organised with the partners,
 * counted at the door by public and genre and evaluated once past; a few cancelled, a few to come.
 * Seeded: the same year for the same day.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { ACTION_TYPES, type ActionType, RESULTATS } from '../../../domain/actions/action.taxonomies';
import { addDays, parisDate, parisInstant } from '../../../domain/main-courante/creneau';
import { GENRES, PUBLICS } from '../../../domain/main-courante/main-courante.taxonomies';
import type { DbOrTx } from '../db/client';
import { partners, places, territories, users, userTerritories } from '../db/schema';
import {
  actionComptes,
  actionMediateurs,
  actionPartenaires,
  actions,
} from '../features/actions/actions.table';
import { mulberry32 } from './random';

/** Per type: a title, the start hour, the length (hours), the preparation (hours), the crowd. */
const MODELES: Record<
  ActionType,
  { titre: string; heure: string; duree: number; prep: number; foule: number }
> = {
  reunion_habitants: { titre: 'Réunion de pied d’immeuble', heure: '18:00', duree: 1.5, prep: 2, foule: 15 },
  atelier: { titre: 'Atelier cuisine du monde', heure: '14:00', duree: 2.5, prep: 2, foule: 10 },
  atelier_numerique: { titre: 'Atelier démarches en ligne', heure: '09:30', duree: 2, prep: 1.5, foule: 8 },
  sensibilisation: { titre: 'Sensibilisation aux encombrants', heure: '10:00', duree: 3, prep: 3, foule: 40 },
  evenement_festif: { titre: 'Fête des voisins', heure: '17:00', duree: 5, prep: 8, foule: 120 },
  evenement_sportif: { titre: 'Tournoi de foot au city stade', heure: '14:00', duree: 4, prep: 4, foule: 50 },
  evenement_culturel: { titre: 'Cinéma en plein air', heure: '20:30', duree: 3, prep: 5, foule: 80 },
  concertation: { titre: 'Concertation avec le bailleur', heure: '18:00', duree: 2, prep: 3, foule: 25 },
  diagnostic_en_marchant: { titre: 'Diagnostic en marchant', heure: '10:00', duree: 2, prep: 2, foule: 12 },
  instance_partenariale: { titre: 'Cellule de veille GUSP', heure: '09:30', duree: 2, prep: 1, foule: 10 },
  reunion_equipe: { titre: 'Réunion d’équipe', heure: '09:00', duree: 2, prep: 0.5, foule: 0 },
  autre: {
    titre: 'Permanence d’accès aux droits hors les murs',
    heure: '14:00',
    duree: 3,
    prep: 1,
    foule: 15,
  },
};

const SUITES = [
  'Refaire l’action au trimestre prochain avec les mêmes partenaires.',
  'Transmettre les demandes recueillies au bailleur.',
  'Associer les jeunes du quartier à la préparation de la prochaine édition.',
];

export async function loadDemoActions(tx: DbOrTx, o: { structureId: string; now: Date }) {
  const rand = mulberry32(14);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const qpv = await tx
    .select({ id: territories.id })
    .from(territories)
    .where(eq(territories.structureId, o.structureId));
  const meds = await tx
    .select({ id: users.id, territoryId: userTerritories.territoryId })
    .from(users)
    .leftJoin(userTerritories, eq(userTerritories.userId, users.id))
    .where(and(eq(users.structureId, o.structureId), eq(users.role, 'mediateur')));
  const lieux = await tx
    .select({ id: places.id, territoryId: places.territoryId })
    .from(places)
    .where(eq(places.structureId, o.structureId));
  const partenaires = (
    await tx.select({ id: partners.id }).from(partners).where(eq(partners.structureId, o.structureId))
  ).map((p) => p.id);
  const [coord] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.structureId, o.structureId), eq(users.role, 'coordinateur')));

  const today = parisDate(o.now);
  const rows: (typeof actions.$inferInsert)[] = [];
  const equipes: (typeof actionMediateurs.$inferInsert)[] = [];
  const coorganisateurs: (typeof actionPartenaires.$inferInsert)[] = [];
  const comptes: (typeof actionComptes.$inferInsert)[] = [];
  // Every type in the first weeks, then drawn with more of what a team runs most: meetings and workshops.
  const types = [
    ...ACTION_TYPES,
    'atelier',
    'atelier_numerique',
    'reunion_habitants',
    'sensibilisation',
  ] as const;
  let n = 0;
  for (
    let jour = addDays(today, -364);
    jour <= addDays(today, 28);
    jour = addDays(jour, 3 + Math.floor(rand() * 2))
  ) {
    const type = n < ACTION_TYPES.length ? ACTION_TYPES[n]! : pick(types);
    n++;
    const m = MODELES[type];
    const territoire = pick(qpv).id;
    const equipe = meds.filter((x) => x.territoryId === null || x.territoryId === territoire);
    const debut = parisInstant(jour, m.heure);
    const fin = new Date(debut.getTime() + m.duree * 3_600_000);
    const passee = fin <= o.now;
    const annulee = passee && rand() < 0.04;
    const lieu = lieux.filter((l) => l.territoryId === territoire);
    const id = randomUUID();
    let participants = 0;
    if (passee && !annulee && m.foule > 0) {
      const lignes = new Map<string, number>();
      const total = Math.max(1, Math.round(m.foule * (0.5 + rand())));
      for (let i = 0; i < total; i++) {
        const cle = `${pick(PUBLICS)}|${pick(GENRES)}`;
        lignes.set(cle, (lignes.get(cle) ?? 0) + 1);
      }
      for (const [cle, nombre] of lignes) {
        const [p, genre] = cle.split('|') as [string, string];
        comptes.push({ actionId: id, public: p, genre, nombre });
      }
      participants = total;
    }
    const evaluee = passee && !annulee && rand() < 0.8;
    rows.push({
      id,
      structureId: o.structureId,
      type,
      titre: m.titre,
      statut: annulee ? 'annulee' : 'prevue',
      debut,
      fin,
      territoireId: territoire,
      lieuId: lieu.length && rand() < 0.7 ? pick(lieu).id : null,
      public: type !== 'reunion_equipe' && type !== 'instance_partenariale',
      objectif: type === 'reunion_equipe' ? null : `${m.titre} : toucher ${m.foule} habitant·es du quartier.`,
      heuresPreparation: m.prep,
      publicCible: type === 'atelier_numerique' ? 'Adultes éloignés du numérique' : null,
      participantsAttendus: m.foule || null,
      participants,
      bienPasse: evaluee ? 'Bonne participation, ambiance détendue.' : null,
      aChanger: evaluee ? 'Mieux annoncer l’action dans les halls.' : null,
      resultat: evaluee ? pick(RESULTATS) : null,
      suites: evaluee ? pick(SUITES) : null,
      evalueeLe: evaluee ? fin : null,
      creePar: coord?.id ?? null,
    });
    const crew = [...new Set([pick(equipe).id, pick(equipe).id])];
    equipes.push(...crew.map((mediateurId) => ({ actionId: id, mediateurId })));
    if (type !== 'reunion_equipe' && partenaires.length)
      coorganisateurs.push({ actionId: id, partenaireId: pick(partenaires) });
  }
  await tx.insert(actions).values(rows);
  await tx.insert(actionMediateurs).values(equipes);
  if (coorganisateurs.length) await tx.insert(actionPartenaires).values(coorganisateurs);
  for (let i = 0; i < comptes.length; i += 1000)
    await tx.insert(actionComptes).values(comptes.slice(i, i + 1000));
}
