import type {
  ActiviteListItem,
  ContactView,
  ObservationView,
  PersonneRef,
} from '../../../../domain/main-courante/activite.views';
import type {
  Cadre,
  Creneau,
  Genre,
  Nature,
  ObservationKind,
  Public,
  StatutRevue,
} from '../../../../domain/main-courante/main-courante.taxonomies';
import { sha256 } from '../../lib/crypto';
import type { activites, contacts, observations } from './main-courante.table';

type ActiviteRow = typeof activites.$inferSelect;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const presentContact = (c: typeof contacts.$inferSelect): ContactView => ({
  id: c.id,
  activiteId: c.activiteId,
  nature: c.nature as Nature,
  nbPersonnes: c.nbPersonnes,
  public: c.public as Public,
  genre: c.genre as Genre,
  lieuId: c.placeId,
  heure: iso(c.heure),
  commentaire: c.commentaire,
  supprime: c.deletedAt !== null,
});

export const presentObservation = (
  o: typeof observations.$inferSelect,
  territoireId: string,
): ObservationView => ({
  id: o.id,
  activiteId: o.activiteId,
  territoireId,
  kind: o.kind as ObservationKind,
  lieuId: o.placeId,
  note: o.note,
  heure: iso(o.heure),
  createdAt: o.createdAt.toISOString(),
  createdBy: o.createdBy,
  traiteeLe: iso(o.traiteeLe),
  traiteePar: o.traiteeParId,
  signalementId: o.signalementId,
  situationId: o.situationId,
  supprimee: o.deletedAt !== null,
});

export interface ListRow {
  a: ActiviteRow;
  territoire: { id: string; qpvCode: string; nom: string };
  secteurNom: string | null;
  lieuNom: string | null;
  nbContacts: number;
  nbPersonnes: number;
  nbObservations: number;
}

export const presentListItem = (r: ListRow, mediateurs: PersonneRef[]): ActiviteListItem => ({
  id: r.a.id,
  cadre: r.a.cadre as Cadre,
  debut: r.a.debut.toISOString(),
  fin: iso(r.a.fin),
  etat: r.a.fin ? 'terminee' : 'en_cours',
  creneau: r.a.creneau as Creneau,
  dureeMinutes: r.a.dureeMinutes,
  territoire: r.territoire,
  secteur: r.a.sectorId ? { id: r.a.sectorId, nom: r.secteurNom ?? '' } : null,
  lieu: r.a.placeId ? { id: r.a.placeId, nom: r.lieuNom ?? '' } : null,
  mediateurs,
  commentaire: r.a.commentaire,
  nbContacts: r.nbContacts,
  nbPersonnes: r.nbPersonnes,
  nbObservations: r.nbObservations,
  statutRevue: r.a.statutRevue as StatutRevue,
  verrouillee: r.a.verrouillee,
  source: r.a.source as ActiviteListItem['source'],
  createdBy: r.a.createdBy,
  createdAt: r.a.createdAt.toISOString(),
  updatedAt: r.a.updatedAt.toISOString(),
});

/** Free text is not copied into the audit log: a short fingerprint shows that it changed. */
export const fingerprint = (text: string | null) =>
  text === null ? null : `empreinte:${sha256(text).slice(0, 12)}`;

/** What the audit log keeps of an activity: the frame, never free text. */
export const auditActivite = (a: ActiviteRow, mediateurIds: readonly string[]) => ({
  cadre: a.cadre,
  debut: a.debut,
  fin: a.fin,
  territoireId: a.territoryId,
  secteurId: a.sectorId,
  lieuId: a.placeId,
  mediateurIds: [...mediateurIds].sort(),
  commentaire: fingerprint(a.commentaire),
  statutRevue: a.statutRevue,
  verrouillee: a.verrouillee,
});
