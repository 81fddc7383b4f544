/**
 * The report sections fed by the accueil, situations and signalements modules (issue 7): shapes
 * of the JSON, every code of every list present. Definitions: docs/rapports.md.
 */
import type { Motif, OrientationStatut, ReponseType } from '../accueil/accueil.taxonomies';
import type { Categorie, Statut } from '../signalements/signalement.taxonomies';
import type { Outcome, SaisinePar, SituationKind } from '../situations/situation.taxonomies';

export interface RapportAccueil {
  demandes: number;
  /** A request with several motives counts once under each. */
  par_motif: Record<Motif, number>;
  /** Requests that received at least one response of this kind. */
  par_reponse: Record<ReponseType, number>;
}

export interface OrientationsPartenaire {
  /** null: orientations to a service linked to no partner. */
  id: string | null;
  nom: string;
  nombre: number;
  abouties: number;
  taux_reussite: number | null;
}

export interface RapportOrientations {
  nombre: number;
  par_motif: Record<Motif, number>;
  par_statut: Record<OrientationStatut, number>;
  par_partenaire: OrientationsPartenaire[];
  /** aboutie ÷ orientations with a final status (0–1, 3 decimals); null when none is final. */
  taux_reussite: number | null;
}

export interface RapportSituations {
  ouvertes: number;
  closes: number;
  par_type: Record<SituationKind, number>;
  par_origine: Record<SaisinePar, number>;
  par_issue: Record<Outcome, number>;
  duree_mediane_jours: number | null;
}

export interface DelaisMedians {
  delai_median_prise_en_compte_heures: number | null;
  delai_median_resolution_heures: number | null;
}

export interface SignalementsPartenaire extends DelaisMedians {
  /** null: signalements routed to no partner. */
  id: string | null;
  nom: string;
  nombre: number;
}

export interface RapportSignalements extends DelaisMedians {
  nombre: number;
  par_categorie: Record<Categorie, number>;
  par_statut: Record<Statut, number>;
  par_partenaire: SignalementsPartenaire[];
}

export interface RapportSections {
  accueil: RapportAccueil;
  orientations: RapportOrientations;
  situations: RapportSituations;
  signalements: RapportSignalements;
}

/** Name of the line that gathers what has no partner, in the JSON and the tables. */
export const SANS_PARTENAIRE = 'Sans partenaire';
