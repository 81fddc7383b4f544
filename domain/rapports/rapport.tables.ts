/** The report as titled tables: one model for the CSV, the XLSX sheets, the PDF and the web page. */
import {
  CADRE_LABELS,
  CADRES,
  CRENEAU_LABELS,
  CRENEAUX,
  GENRE_LABELS,
  GENRES,
  NATURE_LABELS,
  NATURES,
  PUBLIC_LABELS,
  PUBLICS,
  REGISTRE_LABELS,
  REGISTRES,
} from '../main-courante/main-courante.taxonomies';
import type { RapportActivite } from './rapport.schema';
import { actionsTableaux } from './rapport-actions';
import { planningTableaux } from './rapport-planning';
import { projetsTableaux } from './rapport-projets';
import { sectionsTableaux } from './rapport-sections.tables';
import { securiteTableaux } from './rapport-securite';
import { type Tableau, tableauParCode } from './tableau';

export type { Cell, Tableau } from './tableau';

const parPersonnes = <K extends string>(
  feuille: string,
  titre: string,
  libelle: string,
  codes: readonly K[],
  labels: Record<K, string>,
  values: Record<K, number>,
) => tableauParCode(feuille, titre, [libelle, 'Personnes'], codes, labels, values);

export function rapportTableaux(r: RapportActivite, qpvNoms: Record<string, string>): Tableau[] {
  const p = r.presence;
  const c = r.contacts;
  return [
    {
      feuille: 'Synthese',
      titre: 'Chiffres clés',
      colonnes: ['Code', 'Indicateur', 'Valeur'],
      lignes: [
        ['activites', 'Activités', p.activites],
        ['heures', 'Heures de présence', p.heures],
        ['heures_mediateurs', 'Heures × médiateurs présents', p.heures_mediateurs],
        ['contacts', 'Contacts', c.nombre],
        ['personnes', 'Personnes rencontrées', c.personnes],
      ],
    },
    {
      feuille: 'Cadres',
      titre: 'Présence par cadre d’intervention',
      colonnes: ['Code', 'Cadre', 'Activités', 'Heures'],
      lignes: CADRES.map((k) => [k, CADRE_LABELS[k], p.par_cadre[k].activites, p.par_cadre[k].heures]),
    },
    {
      feuille: 'Creneaux',
      titre: 'Heures de présence par créneau',
      colonnes: ['Code', 'Créneau', 'Heures'],
      lignes: CRENEAUX.map((k) => [k, CRENEAU_LABELS[k], p.par_creneau[k]]),
    },
    parPersonnes(
      'Registres',
      'Personnes par registre',
      'Registre',
      REGISTRES,
      REGISTRE_LABELS,
      c.par_registre,
    ),
    parPersonnes(
      'Natures',
      'Personnes par nature de contact',
      'Nature',
      NATURES,
      NATURE_LABELS,
      c.par_nature,
    ),
    parPersonnes('Publics', 'Personnes par public', 'Public', PUBLICS, PUBLIC_LABELS, c.par_public),
    parPersonnes('Genres', 'Personnes par genre', 'Genre', GENRES, GENRE_LABELS, c.par_genre),
    {
      feuille: 'QPV',
      titre: 'Par quartier prioritaire (QPV)',
      colonnes: ['Code', 'QPV', 'Activités', 'Heures', 'Personnes'],
      lignes: Object.entries(r.par_qpv).map(([code, q]) => [
        code,
        qpvNoms[code] ?? code,
        q.activites,
        q.heures,
        q.personnes,
      ]),
    },
    ...planningTableaux(r.planning),
    ...projetsTableaux(r.projets),
    ...sectionsTableaux(r),
    ...actionsTableaux(r, qpvNoms),
    ...(r.securite ? securiteTableaux(r.securite) : []),
  ];
}
