/** The demo's residents' projects: six titles per status, with what the team noted along the way. */
import type { EtapeProjetKind, ProjetStatut } from '../../../domain/projets/projet.taxonomies';

export const PROJETS_PAR_STATUT: Record<ProjetStatut, readonly string[]> = {
  idee: [
    'Jardin partagé au pied de la tour B',
    'Boîte à livres dans le hall',
    'Gym douce entre voisines',
    'Fresque sur le mur du city stade',
    'Sorties familles à la mer',
    'Atelier vélo solidaire',
  ],
  accompagne: [
    'Repair café des mamans',
    'Fête de quartier de l’été',
    'Potager de l’école',
    'Club de lecture des ados',
    'Marché de créateurs du quartier',
    'Soutien scolaire entre voisins',
  ],
  realise: [
    'Chantier de peinture des halls',
    'Tournoi de foot inter-quartiers',
    'Repas partagé des cultures',
    'Nettoyage du vallon',
    'Ciné-débat des jeunes',
    'Ludothèque éphémère',
  ],
  abandonne: [
    'Épicerie solidaire',
    'Voyage des jeunes à Barcelone',
    'Radio du quartier',
    'Poulailler collectif',
    'Friperie associative',
    'Salle de sport associative',
  ],
};

export const DESCRIPTION = (titre: string) =>
  `${titre} : une idée née entre voisin·es, accompagnée par l’équipe de médiation avec les partenaires du quartier.`;

/** Funders named in words (not partners of the structure). */
export const FINANCEURS = [
  'Fondation de France',
  'Appel à projets Politique de la ville',
  'Fonds de participation des habitants',
  'Fondation Abbé Pierre',
] as const;

/** A short factual note per kind of step: no personal data. */
export const NOTES: Record<EtapeProjetKind, string> = {
  rencontre: 'Rencontre avec les porteur·ses au local de l’association.',
  montage_dossier: 'Rédaction du dossier et du budget prévisionnel avec les porteur·ses.',
  recherche_financement: 'Recherche des appels à projets ouverts et prise de contact.',
  mise_en_relation: 'Mise en relation avec le bailleur et le centre social.',
  realisation: 'Présence de l’équipe le jour de la réalisation.',
  bilan: 'Bilan avec les porteur·ses et les partenaires.',
};
