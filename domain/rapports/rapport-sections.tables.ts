/** The tables of the accueil, orientations, situations and signalements sections (rapport.tables.ts). */
import {
  MOTIF_LABELS,
  MOTIFS,
  ORIENTATION_STATUT_LABELS,
  ORIENTATION_STATUTS,
  REPONSE_LABELS,
  REPONSES,
} from '../accueil/accueil.taxonomies';
import { CATEGORIE_LABELS, CATEGORIES, STATUT_LABELS, STATUTS } from '../signalements/signalement.taxonomies';
import {
  OUTCOME_LABELS,
  OUTCOMES,
  SAISINE_PAR,
  SAISINE_PAR_LABELS,
  SITUATION_KIND_LABELS,
  SITUATION_KINDS,
} from '../situations/situation.taxonomies';
import type { RapportSections } from './rapport-sections.schema';
import { type Cell, type Tableau, tableauParCode } from './tableau';

/** No figure (a median or a rate over nothing): an empty cell, never "null" nor 0. */
const figure = (v: number | null): Cell => v ?? '';
/** A 0–1 rate as a percentage with one decimal. */
const pourcent = (v: number | null): Cell => (v === null ? '' : Math.round(v * 1000) / 10);
/** The code of a partner line: its id, or a fixed code for the line without partner. */
const codePartenaire = (id: string | null) => id ?? 'sans_partenaire';

export function sectionsTableaux(r: RapportSections): Tableau[] {
  const { accueil: a, orientations: o, situations: s, signalements: g } = r;
  return [
    {
      feuille: 'Demandes',
      titre: 'Accueil : demandes et réponses apportées',
      colonnes: ['Code', 'Indicateur', 'Demandes'],
      lignes: [
        ['demandes', 'Demandes reçues', a.demandes],
        ...REPONSES.map((k): Cell[] => [k, `Réponse : ${REPONSE_LABELS[k]}`, a.par_reponse[k]]),
      ],
    },
    {
      feuille: 'Motifs',
      titre: 'Demandes et orientations par motif',
      colonnes: ['Code', 'Motif', 'Demandes', 'Orientations'],
      lignes: MOTIFS.map((k) => [k, MOTIF_LABELS[k], a.par_motif[k], o.par_motif[k]]),
    },
    {
      feuille: 'Orientations',
      titre: 'Orientations vers les partenaires',
      colonnes: ['Code', 'Indicateur', 'Valeur'],
      lignes: [
        ['orientations', 'Orientations proposées', o.nombre],
        ...ORIENTATION_STATUTS.map((k): Cell[] => [
          k,
          `Statut : ${ORIENTATION_STATUT_LABELS[k]}`,
          o.par_statut[k],
        ]),
        ['taux_reussite', 'Taux de réussite (%)', pourcent(o.taux_reussite)],
      ],
    },
    {
      feuille: 'OrientationsPartenaires',
      titre: 'Orientations par partenaire',
      codesInternes: true,
      colonnes: ['Code', 'Partenaire', 'Orientations', 'Abouties', 'Taux de réussite (%)'],
      lignes: o.par_partenaire.map((l) => [
        codePartenaire(l.id),
        l.nom,
        l.nombre,
        l.abouties,
        pourcent(l.taux_reussite),
      ]),
    },
    {
      feuille: 'Situations',
      titre: 'Situations et médiations',
      colonnes: ['Code', 'Indicateur', 'Valeur'],
      lignes: [
        ['ouvertes', 'Situations ouvertes', s.ouvertes],
        ['closes', 'Situations closes', s.closes],
        ['duree_mediane_jours', 'Durée médiane des situations closes (jours)', figure(s.duree_mediane_jours)],
      ],
    },
    tableauParCode(
      'SituationsTypes',
      'Situations ouvertes par type',
      ['Type', 'Situations'],
      SITUATION_KINDS,
      SITUATION_KIND_LABELS,
      s.par_type,
    ),
    tableauParCode(
      'SituationsOrigines',
      'Situations ouvertes par origine de la saisine',
      ['Origine', 'Situations'],
      SAISINE_PAR,
      SAISINE_PAR_LABELS,
      s.par_origine,
    ),
    tableauParCode(
      'SituationsIssues',
      'Situations closes par issue',
      ['Issue', 'Situations'],
      OUTCOMES,
      OUTCOME_LABELS,
      s.par_issue,
    ),
    {
      feuille: 'Signalements',
      titre: 'Signalements (veille technique)',
      colonnes: ['Code', 'Indicateur', 'Valeur'],
      lignes: [
        ['signalements', 'Signalements', g.nombre],
        ...STATUTS.map((k): Cell[] => [k, `Statut : ${STATUT_LABELS[k]}`, g.par_statut[k]]),
        [
          'delai_median_prise_en_compte_heures',
          'Délai médian de prise en compte (heures)',
          figure(g.delai_median_prise_en_compte_heures),
        ],
        [
          'delai_median_resolution_heures',
          'Délai médian de résolution (heures)',
          figure(g.delai_median_resolution_heures),
        ],
      ],
    },
    tableauParCode(
      'SignalementsCategories',
      'Signalements par catégorie',
      ['Catégorie', 'Signalements'],
      CATEGORIES,
      CATEGORIE_LABELS,
      g.par_categorie,
    ),
    {
      feuille: 'SignalementsPartenaires',
      titre: 'Signalements par partenaire',
      codesInternes: true,
      colonnes: [
        'Code',
        'Partenaire',
        'Signalements',
        'Prise en compte (h, médiane)',
        'Résolution (h, médiane)',
      ],
      lignes: g.par_partenaire.map((l) => [
        codePartenaire(l.id),
        l.nom,
        l.nombre,
        figure(l.delai_median_prise_en_compte_heures),
        figure(l.delai_median_resolution_heures),
      ]),
    },
  ];
}
