import type { Motif, MotifRefus, OrientationStatut } from '../../../../domain/accueil/accueil.taxonomies';
import type {
  OrientationEventView,
  OrientationPartenaireView,
  OrientationView,
  ParametresAccueilInput,
} from '../../../../domain/accueil/orientation.schema';
import type { orientationEvents, orientations } from '../../db/schema';

type OrientationRow = typeof orientations.$inferSelect;
type EventRow = typeof orientationEvents.$inferSelect;
const DAY = 86_400_000;

export interface OrientationJoined {
  o: OrientationRow;
  motifs: string[];
  serviceNom: string;
  partenaireNom: string | null;
  pseudonyme: string | null;
  prenom: string | null;
  nom: string | null;
  telephone: string | null;
  email: string | null;
  /** Whether a consent in force lets partners see the person's identity. */
  partage: boolean;
}

const presentEvent = (e: EventRow): OrientationEventView => ({
  statut: e.statut as OrientationStatut,
  le: e.at.toISOString(),
  par: e.byKind as OrientationEventView['par'],
  motifRefus: e.motifRefus as MotifRefus | null,
  commentaire: e.commentaire,
});

/** The partner's view: no mediator note, the person only when they agreed to share. */
export function presentForPartner(j: OrientationJoined, events: EventRow[]): OrientationPartenaireView {
  return {
    id: j.o.id,
    creeLe: j.o.createdAt.toISOString(),
    statut: j.o.statut as OrientationStatut,
    statutLe: j.o.statutAt.toISOString(),
    motifs: j.motifs as Motif[],
    service: { id: j.o.serviceId, nom: j.serviceNom },
    personne:
      j.pseudonyme && j.partage
        ? { pseudonyme: j.pseudonyme, prenom: j.prenom, nom: j.nom, telephone: j.telephone, email: j.email }
        : null,
    motifRefus: j.o.motifRefus as MotifRefus | null,
    commentairePartenaire: j.o.commentairePartenaire,
    historique: events.map(presentEvent),
  };
}

/** The structure's view: pseudonym only (identity lives in the person file, whose reads are logged). */
export function presentForStaff(
  j: OrientationJoined,
  events: EventRow[],
  delais: ParametresAccueilInput,
  now: Date,
): OrientationView {
  const open = j.o.statut === 'proposee' || j.o.statut === 'prise_de_contact';
  const since = j.o.statutAt.getTime();
  const relance = since + delais.delaiRelanceJours * DAY;
  return {
    ...presentForPartner({ ...j, partage: false }, events),
    personne: j.pseudonyme
      ? { pseudonyme: j.pseudonyme, prenom: null, nom: null, telephone: null, email: null }
      : null,
    demandeId: j.o.demandeId,
    territoireId: j.o.territoryId,
    personneId: j.o.personneId,
    partenaire: j.o.partnerId && j.partenaireNom ? { id: j.o.partnerId, nom: j.partenaireNom } : null,
    note: j.o.note,
    aRelancer: open && relance <= now.getTime(),
    relanceLe: open ? new Date(relance).toISOString() : null,
    expireLe: open ? new Date(since + delais.delaiExpirationJours * DAY).toISOString() : null,
  };
}
