/** Builders for main courante tests (and the shape the demo writes in bulk). */
import { randomUUID } from 'node:crypto';
import { periode } from '../../../../domain/main-courante/creneau';
import type { Cadre } from '../../../../domain/main-courante/main-courante.taxonomies';
import type { Session } from '../../../test/helpers';
import type { DbOrTx } from '../../db/client';
import {
  buildLieu,
  buildSecteur,
  buildStructure,
  buildTerritoire,
  buildUser,
} from '../../factories/factories';
import { activiteMediateurs, activites, contacts } from './main-courante.table';

/** A structure with two QPV (Malpassé with a sector and a place, Frais Vallon), a coordinator and mediators. */
export async function buildMainCouranteStructure(db: DbOrTx) {
  const structure = await buildStructure(db);
  const structureId = structure.id;
  const malpasse = await buildTerritoire(db, { structureId, qpvCode: 'QN01342I' });
  const fraisVallon = await buildTerritoire(db, { structureId, qpvCode: 'QN01344M' });
  const secteur = await buildSecteur(db, { structureId, territoryId: malpasse.id, nom: 'Corot' });
  const lieu = await buildLieu(db, {
    structureId,
    territoryId: malpasse.id,
    sectorId: secteur.id,
    nom: 'Square Corot',
    kind: 'place',
  });
  const lieuFv = await buildLieu(db, { structureId, territoryId: fraisVallon.id, nom: 'Tour K' });
  const coord = await buildUser(db, { structureId, role: 'coordinateur', prenom: 'Nadia' });
  const med1 = await buildUser(db, { structureId, prenom: 'Samia' });
  const med2 = await buildUser(db, { structureId, prenom: 'Julien' });
  /** Works on Malpassé only. */
  const medMalpasse = await buildUser(db, { structureId, prenom: 'Karim', territoryIds: [malpasse.id] });
  return { structureId, malpasse, fraisVallon, secteur, lieu, lieuFv, coord, med1, med2, medMalpasse };
}

/** A valid POST /api/activites body: a tournée on Tuesday 10 March 2026, 14:00–16:30 in Paris. */
export function activiteBody(o: {
  territoireId: string;
  mediateurIds: string[];
  [key: string]: unknown;
}): Record<string, unknown> & { id: string } {
  return {
    id: randomUUID(),
    cadre: 'tournee',
    debut: '2026-03-10T14:00:00+01:00',
    fin: '2026-03-10T16:30:00+01:00',
    contacts: [{ id: randomUUID(), nature: 'lien_social', nbPersonnes: 2, public: 'adulte', genre: 'femme' }],
    ...o,
  };
}

/** The body of a tournée still going on (no end yet) without contacts, in `territoireId` by `mediateurId`. */
export const liveTourneeBody = (territoireId: string, mediateurId: string) =>
  activiteBody({ territoireId, mediateurIds: [mediateurId], fin: undefined, contacts: [] });

/** An activity written directly (no API), with contacts of one person each. */
export async function buildActivite(
  db: DbOrTx,
  o: {
    structureId: string;
    territoryId: string;
    createdBy: string;
    mediateurIds?: string[];
    cadre?: Cadre;
    debut?: Date;
    fin?: Date | null;
    nbContacts?: number;
  },
) {
  const debut = o.debut ?? new Date('2026-03-10T13:00:00Z');
  const fin = o.fin === undefined ? new Date(debut.getTime() + 2 * 3_600_000) : o.fin;
  const [row] = await db
    .insert(activites)
    .values({
      id: randomUUID(),
      structureId: o.structureId,
      territoryId: o.territoryId,
      cadre: o.cadre ?? 'tournee',
      debut,
      fin,
      ...periode(debut, fin),
      createdBy: o.createdBy,
    })
    .returning();
  const meds = o.mediateurIds ?? [o.createdBy];
  await db.insert(activiteMediateurs).values(meds.map((userId) => ({ activiteId: row!.id, userId })));
  const n = o.nbContacts ?? 0;
  if (n > 0) {
    await db.insert(contacts).values(
      Array.from({ length: n }, () => ({
        id: randomUUID(),
        structureId: o.structureId,
        activiteId: row!.id,
        nature: 'lien_social',
        nbPersonnes: 1,
        public: 'adulte',
        genre: 'non_precise',
        createdBy: o.createdBy,
      })),
    );
  }
  return row!;
}

export const HEADER =
  'date;heure_debut;heure_fin;cadre;qpv;lieu;mediateurs;nature;nb_personnes;public;genre;commentaire';

/** Sends a CSV body to the import endpoint, as the web client does. */
export function postCsv(session: Session, csv: string | Buffer, query = '') {
  return session.request({
    method: 'POST',
    url: `/api/activites/import${query}`,
    headers: { 'content-type': 'text/csv; charset=utf-8' },
    payload: csv,
  });
}
