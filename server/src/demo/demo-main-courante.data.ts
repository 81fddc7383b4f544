/** Weights and texts of the demo main courante: what a year of field work looks like. */
import type {
  Cadre,
  Genre,
  Nature,
  ObservationKind,
  Public,
} from '../../../domain/main-courante/main-courante.taxonomies';

export type Weights<T extends string> = Array<[T, number]>;

/** Activity level by month (January = 0): busy early summer, the August holidays, a quiet December. */
export const SEASON = [0.85, 0.9, 1, 1, 1.05, 1.15, 1.1, 0.45, 1, 1, 0.95, 0.85];

/** A mediator's rhythm: day team Monday–Friday, or evening team Tuesday–Saturday. */
export interface Rhythm {
  kind: 'jour' | 'soiree';
  weekdays: number[];
}
export const RHYTHMS: Record<Rhythm['kind'], Rhythm> = {
  jour: { kind: 'jour', weekdays: [1, 2, 3, 4, 5] },
  soiree: { kind: 'soiree', weekdays: [2, 3, 4, 5, 6] },
};

export const CADRES_JOUR: Weights<Cadre> = [
  ['tournee', 50],
  ['permanence', 28],
  ['transport', 12],
  ['evenement', 5],
  ['autre', 5],
];
export const CADRES_SOIREE: Weights<Cadre> = [
  ['tournee', 75],
  ['transport', 15],
  ['evenement', 7],
  ['autre', 3],
];

/** Contacts per activity (mean), before season and the mediators' own manner. */
export const CONTACTS_MOYENS: Record<Cadre, number> = {
  tournee: 6,
  permanence: 7,
  transport: 5,
  evenement: 14,
  autre: 3,
};

export const NATURES_PAR_CADRE: Record<Cadre, Weights<Nature>> = {
  tournee: [
    ['lien_social', 40],
    ['ecoute', 15],
    ['information', 10],
    ['rappel_regle', 10],
    ['sensibilisation', 8],
    ['gestion_conflit', 5],
    ['orientation', 7],
    ['veille', 5],
  ],
  permanence: [
    ['information', 30],
    ['orientation', 25],
    ['accompagnement', 20],
    ['ecoute', 15],
    ['lien_social', 10],
  ],
  transport: [
    ['lien_social', 30],
    ['rappel_regle', 25],
    ['information', 20],
    ['gestion_conflit', 10],
    ['sensibilisation', 15],
  ],
  evenement: [
    ['lien_social', 45],
    ['sensibilisation', 25],
    ['information', 20],
    ['ecoute', 10],
  ],
  autre: [
    ['lien_social', 40],
    ['information', 30],
    ['orientation', 30],
  ],
};

export const PUBLICS_JOUR: Weights<Public> = [
  ['enfant', 8],
  ['jeune', 10],
  ['jeune_adulte', 12],
  ['adulte', 40],
  ['senior', 22],
  ['inconnu', 8],
];
export const PUBLICS_SOIREE: Weights<Public> = [
  ['enfant', 3],
  ['jeune', 25],
  ['jeune_adulte', 32],
  ['adulte', 28],
  ['senior', 4],
  ['inconnu', 8],
];
export const GENRES_JOUR: Weights<Genre> = [
  ['femme', 52],
  ['homme', 40],
  ['non_precise', 8],
];
export const GENRES_SOIREE: Weights<Genre> = [
  ['femme', 30],
  ['homme', 62],
  ['non_precise', 8],
];

export const OBSERVATIONS: Weights<ObservationKind> = [
  ['rassemblement', 30],
  ['tension', 15],
  ['personne_isolee', 15],
  ['occupation', 12],
  ['incident', 8],
  ['degradation_constatee', 15],
  ['autre', 5],
];
export const NOTES: Record<ObservationKind, string[]> = {
  rassemblement: [
    'Groupe d’une dizaine de jeunes en pied d’immeuble, ambiance calme.',
    'Regroupement tardif près du city stade, musique forte.',
  ],
  tension: [
    'Échange vif entre deux groupes, apaisé après discussion.',
    'Tension à l’arrêt de bus à la sortie des cours.',
  ],
  personne_isolee: [
    'Personne âgée seule sur un banc depuis plusieurs jours, à revoir.',
    'Personne sans domicile installée sous le porche.',
  ],
  occupation: ['Hall d’entrée occupé en soirée, passage difficile pour les habitants.'],
  incident: [
    'Départ de feu de poubelle maîtrisé par les pompiers.',
    'Véhicule en stationnement gênant les secours.',
  ],
  degradation_constatee: [
    'Porte du hall forcée, serrure hors d’usage.',
    'Éclairage du passage piéton éteint.',
    'Tags sur le mur du groupe scolaire.',
  ],
  autre: ['Dépôt d’encombrants au pied du bâtiment.'],
};
export const COMMENTAIRES_ACTIVITE = [
  'Quartier calme, nombreux échanges au square.',
  'Présence remarquée des habitants, retours positifs.',
  'Peu de monde dehors à cause de la pluie.',
  'Forte affluence à la sortie des écoles.',
  null,
  null,
  null,
];
export const COMMENTAIRES_CORRECTION = [
  'Préciser le lieu de la tournée.',
  'Le nombre de personnes semble élevé : à vérifier.',
  'Ajouter les observations de la soirée.',
];
