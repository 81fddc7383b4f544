/** What the main courante API answers: the shapes the web client reads. */
import type { Page } from '../liste';
import type {
  Cadre,
  Creneau,
  Genre,
  Nature,
  ObservationKind,
  Public,
  StatutRevue,
} from './main-courante.taxonomies';

export interface PersonneRef {
  id: string;
  prenom: string;
  nom: string;
}

export interface ContactView {
  id: string;
  activiteId: string;
  nature: Nature;
  nbPersonnes: number;
  public: Public;
  genre: Genre;
  lieuId: string | null;
  heure: string | null;
  commentaire: string | null;
  /** Set when the contact was undone: a replay of its id must not bring it back. */
  supprime: boolean;
}

export interface ObservationView {
  id: string;
  activiteId: string;
  territoireId: string;
  kind: ObservationKind;
  lieuId: string | null;
  note: string;
  heure: string | null;
  createdAt: string;
  createdBy: string;
  traiteeLe: string | null;
  traiteePar: string | null;
  /** Link points for later issues (turned into a signalement or a situation). */
  signalementId: string | null;
  situationId: string | null;
  supprimee: boolean;
}

/** An observation in the veille list: where (QPV name, place), who and when, and its follow-up. */
export interface ObservationListItem extends ObservationView {
  activiteDebut: string;
  qpvCode: string;
  qpvNom: string;
  /** The observation's place, else the activity's. */
  lieuNom: string | null;
  auteur: { prenom: string; nom: string };
}

export interface RevueHistoriqueView {
  action: 'validee' | 'a_corriger' | 'deverrouillee';
  commentaire: string | null;
  par: PersonneRef | null;
  le: string;
}

export interface ActiviteListItem {
  id: string;
  cadre: Cadre;
  debut: string;
  fin: string | null;
  etat: 'en_cours' | 'terminee';
  creneau: Creneau;
  dureeMinutes: number | null;
  territoire: { id: string; qpvCode: string; nom: string };
  secteur: { id: string; nom: string } | null;
  lieu: { id: string; nom: string } | null;
  mediateurs: PersonneRef[];
  commentaire: string | null;
  nbContacts: number;
  nbPersonnes: number;
  nbObservations: number;
  statutRevue: StatutRevue;
  verrouillee: boolean;
  source: 'saisie' | 'import';
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface ActiviteView extends ActiviteListItem {
  contacts: ContactView[];
  observations: ObservationView[];
  revue: { par: PersonneRef | null; le: string; commentaire: string | null } | null;
  historiqueRevue: RevueHistoriqueView[];
  /** For the UI only (hides buttons): the server enforces the same rule. */
  peutModifier: boolean;
}

export interface ActiviteListView extends Page<ActiviteListItem> {
  /** The days really covered: without `du`, the 30 days ending at `au` or today (ADR 019). */
  periode: { du: string; au: string | null };
  /** Over every page of the filter and the period. */
  totaux: { activites: number; contacts: number; personnes: number };
}

/** What "Démarrer une tournée" pre-fills. */
export interface DerniereTourneeView {
  territoireId: string | null;
  secteurId: string | null;
  lieuId: string | null;
  cadre: Cadre | null;
  /** Everyone present last time, the current user included. */
  mediateurIds: string[];
  collegues: PersonneRef[];
  /** The user's activity still in progress, to resume it. */
  enCours: { id: string; debut: string } | null;
}

export interface MediateurView extends PersonneRef {
  role: 'mediateur' | 'coordinateur';
  /** null: every QPV of the structure. */
  territoireIds: string[] | null;
}

export interface ImportRejet {
  ligne: number;
  colonne: string | null;
  message: string;
}

export interface ImportReport {
  mode: 'atomic' | 'partial';
  dryRun: boolean;
  lignes: number;
  activites: number;
  contacts: number;
  /** At most 1,000 listed (REPORT_LIST_MAX); `nbLieuxCrees` counts them all. */
  lieuxCrees: string[];
  nbLieuxCrees: number;
  /** At most 1,000 listed (REPORT_LIST_MAX), values from the file cut at 200 characters; `nbRejets` counts them all. */
  rejets: ImportRejet[];
  nbRejets: number;
  dejaImportees: number;
}
