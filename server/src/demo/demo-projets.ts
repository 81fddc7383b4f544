/**
 * The demo's residents' projects (issue 14, part 7): six at every status, on both QPV, carried by
 * consenting files of the accueil, with dated support steps, mediator hours and funding; a third
 * of them grew out of a past demo action. Seeded: the same projects for the same day.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull, lt, ne } from 'drizzle-orm';
import { PROJET_STATUTS, type ProjetStatut } from '../../../domain/projets/projet.taxonomies';
import { addDays, parisDate, parisInstant } from '../../../domain/time/paris';
import type { DbOrTx } from '../db/client';
import { consentements, partners, personnes, territories, users, userTerritories } from '../db/schema';
import { actions } from '../features/actions/actions.table';
import {
  projetEtapes,
  projetFinancements,
  projetPartenaires,
  projetPorteurs,
  projetStatuts,
  projets,
} from '../features/projets/projets.table';
import { DESCRIPTION, FINANCEURS, NOTES, PROJETS_PAR_STATUT } from './demo-projets.data';
import { mulberry32 } from './random';

/** Days after creation of each status the project took (its path), then of its last step. */
const PARCOURS: Record<ProjetStatut, { cree: [number, number]; suite: Array<[ProjetStatut, number]> }> = {
  idee: { cree: [10, 80], suite: [] },
  accompagne: { cree: [120, 300], suite: [['accompagne', 20]] },
  realise: {
    cree: [240, 360],
    suite: [
      ['accompagne', 20],
      ['realise', 180],
    ],
  },
  abandonne: {
    cree: [150, 330],
    suite: [
      ['accompagne', 25],
      ['abandonne', 110],
    ],
  },
};

export async function loadDemoProjets(tx: DbOrTx, o: { structureId: string; now: Date }) {
  const rand = mulberry32(34);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const s = o.structureId;
  const qpv = await tx.select({ id: territories.id }).from(territories).where(eq(territories.structureId, s));
  const meds = await tx
    .select({ id: users.id, territoryId: userTerritories.territoryId })
    .from(users)
    .leftJoin(userTerritories, eq(userTerritories.userId, users.id))
    .where(and(eq(users.structureId, s), eq(users.role, 'mediateur')));
  const [coord] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.structureId, s), eq(users.role, 'coordinateur')));
  const partenaires = await tx
    .select({ id: partners.id, nom: partners.nom })
    .from(partners)
    .where(eq(partners.structureId, s));
  const consentantes = await tx
    .selectDistinct({ id: personnes.id, territoryId: personnes.territoryId })
    .from(personnes)
    .innerJoin(consentements, eq(consentements.personneId, personnes.id))
    .where(
      and(eq(personnes.structureId, s), isNull(personnes.mergedIntoId), isNull(consentements.withdrawnAt)),
    );
  const passees = await tx
    .select({ id: actions.id, territoryId: actions.territoireId, fin: actions.fin })
    .from(actions)
    .where(
      and(
        eq(actions.structureId, s),
        ne(actions.statut, 'annulee'),
        lt(actions.fin, o.now),
        inArray(actions.type, ['reunion_habitants', 'atelier', 'concertation', 'diagnostic_en_marchant']),
      ),
    );

  const today = parisDate(o.now);
  const rows: (typeof projets.$inferInsert)[] = [];
  const statuts: (typeof projetStatuts.$inferInsert)[] = [];
  const liens: (typeof projetPartenaires.$inferInsert)[] = [];
  const porteurs: (typeof projetPorteurs.$inferInsert)[] = [];
  const etapes: (typeof projetEtapes.$inferInsert)[] = [];
  const financements: (typeof projetFinancements.$inferInsert)[] = [];
  let n = 0;
  for (const statut of PROJET_STATUTS) {
    for (const titre of PROJETS_PAR_STATUT[statut]) {
      const id = randomUUID();
      const territoire = qpv[n % qpv.length]!.id;
      const equipe = meds.filter((m) => m.territoryId === null || m.territoryId === territoire);
      const parcours = PARCOURS[statut];
      // A third grew out of a past action of their QPV: created the day after it.
      const [plusTot, plusTard] = parcours.cree.map((d) => parisInstant(addDays(today, -d)));
      const origines = passees.filter(
        (a) => a.territoryId === territoire && a.fin <= plusTot! && a.fin >= plusTard!,
      );
      const origine = n % 3 === 0 && origines.length ? pick(origines) : undefined;
      const creeJour = origine
        ? addDays(parisDate(origine.fin), 1)
        : addDays(today, -between(...parcours.cree));
      const cree = parisInstant(creeJour, '10:00');
      n++;
      const jours = parcours.suite.map(([s2, apres]) => ({
        statut: s2,
        jour: minJour(addDays(creeJour, apres + between(0, 10)), addDays(today, -1)),
      }));
      const fin = jours.at(-1)?.jour ?? today;
      const auteur = pick(equipe).id;
      rows.push({
        id,
        structureId: s,
        territoryId: territoire,
        titre,
        description: DESCRIPTION(titre),
        statut,
        actionOrigineId: origine?.id ?? null,
        createdBy: auteur,
        createdAt: cree,
        updatedAt: jours.length ? parisInstant(fin, '17:00') : cree,
      });
      statuts.push({ projetId: id, statut: 'idee', seq: 1, at: cree, byUserId: auteur });
      for (const [i, j] of jours.entries())
        statuts.push({
          projetId: id,
          statut: j.statut,
          seq: i + 2,
          at: parisInstant(j.jour, '17:00'),
          byUserId: coord?.id ?? null,
        });
      for (const p of new Set([pick(partenaires), pick(partenaires)]))
        liens.push({ projetId: id, partnerId: p.id });
      const candidats = consentantes.filter((p) => p.territoryId === territoire);
      const choisis = new Set(Array.from({ length: between(1, 3) }, () => pick(candidats)).filter(Boolean));
      for (const p of choisis) porteurs.push({ projetId: id, personneId: p!.id });

      // Support steps every two to five weeks from creation to the last status (or today).
      let jour = creeJour;
      let k = 0;
      while (jour <= fin && k < 14) {
        const kind =
          k === 0
            ? 'rencontre'
            : statut === 'realise' && addDays(jour, 21) > fin
              ? 'realisation'
              : pick(['rencontre', 'montage_dossier', 'recherche_financement', 'mise_en_relation'] as const);
        etapes.push({
          id: randomUUID(),
          structureId: s,
          projetId: id,
          kind,
          day: jour,
          minutes: 15 * between(4, 16),
          mediatorIds: [...new Set([auteur, pick(equipe).id])],
          note: rand() < 0.7 ? NOTES[kind] : null,
          createdBy: auteur,
        });
        jour = addDays(jour, between(14, 35));
        k++;
      }
      if (statut === 'realise') {
        etapes.push({
          id: randomUUID(),
          structureId: s,
          projetId: id,
          kind: 'bilan',
          day: fin,
          minutes: 120,
          mediatorIds: [auteur],
          note: NOTES.bilan,
          createdBy: auteur,
        });
      }

      // Funding: sought once supported; obtained when carried out, refused when abandoned.
      if (statut !== 'idee') {
        const demandes = statut === 'accompagne' ? 2 : 1 + Math.floor(rand() * 2);
        for (let f = 0; f < demandes; f++) {
          const partenaire = rand() < 0.5 ? pick(partenaires) : null;
          const sollicite = 50 * between(6, 80);
          const obtenu =
            statut === 'realise'
              ? sollicite - 50 * between(0, 4)
              : statut === 'abandonne'
                ? 0
                : f === 0
                  ? sollicite
                  : null;
          financements.push({
            id: randomUUID(),
            structureId: s,
            projetId: id,
            partnerId: partenaire?.id ?? null,
            financeurNom: partenaire?.nom ?? pick(FINANCEURS),
            montantSollicite: sollicite.toFixed(2),
            montantObtenu: obtenu === null ? null : obtenu.toFixed(2),
            day: minJour(addDays(creeJour, 30 + 20 * f), today),
            createdBy: coord?.id ?? null,
          });
        }
      }
    }
  }
  await tx.insert(projets).values(rows);
  await tx.insert(projetStatuts).values(statuts);
  if (liens.length) await tx.insert(projetPartenaires).values(liens);
  if (porteurs.length) await tx.insert(projetPorteurs).values(porteurs);
  await tx.insert(projetEtapes).values(etapes);
  await tx.insert(projetFinancements).values(financements);
}

const minJour = (a: string, b: string) => (a < b ? a : b);
