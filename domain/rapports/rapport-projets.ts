/**
 * The report's « projets d'habitants » section (issue 14, parts 4 and 6; ADR 034): its shape and
 * its tables. Definitions: docs/rapports.md, « Projets d'habitants ».
 */
import { z } from 'zod';
import { PROJET_STATUT_LABELS, PROJET_STATUTS } from '../projets/projet.taxonomies';
import { parCode } from './rapport-sections.schema';
import { type Tableau, tableauParCode } from './tableau';

export const rapportProjetsSchema = z.object({
  /** Projects with at least one support step dated in the period (a project counts in every such period). */
  accompagnes: z.number(),
  /** Projects created in the period. */
  nouveaux: z.number(),
  /** Projects that became `realise` in the period. */
  realises: z.number(),
  /** Mediator hours of the support steps dated in the period. */
  heures: z.number(),
  /** Euros obtained on the funding lines dated in the period (exact cents). */
  financements_obtenus: z.number(),
  /** Projects existing at the end of the period, by their status on that day. */
  par_statut: parCode(PROJET_STATUTS),
});
export type RapportProjets = z.infer<typeof rapportProjetsSchema>;

export function projetsTableaux(p: RapportProjets): Tableau[] {
  return [
    {
      feuille: 'Projets',
      titre: 'Projets d’habitants',
      colonnes: ['Code', 'Indicateur', 'Valeur'],
      lignes: [
        ['accompagnes', 'Projets accompagnés (au moins une étape dans la période)', p.accompagnes],
        ['nouveaux', 'Nouveaux projets', p.nouveaux],
        ['realises', 'Projets réalisés dans la période', p.realises],
        ['heures', 'Heures d’accompagnement', p.heures],
        ['financements_obtenus', 'Financements obtenus (€)', p.financements_obtenus],
      ],
    },
    tableauParCode(
      'ProjetsStatuts',
      'Projets par statut en fin de période',
      ['Statut', 'Projets'],
      PROJET_STATUTS,
      PROJET_STATUT_LABELS,
      p.par_statut,
    ),
  ];
}
