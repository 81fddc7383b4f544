/**
 * The bilan's « Sécurité des équipes » (issue 13, part 7): the lone-worker alerts of the period
 * counted by level, kind and place; never a resident's data, never the text of a debrief. Only
 * coordination and direction get it (`canReadIncidents`).
 */
import type { z } from 'zod';
import { incidentsSchema } from '../alertes/alerte.schema';
import {
  ALERTE_NIVEAU_LABELS,
  ALERTE_NIVEAUX,
  FAIT_MARQUANT_LABELS,
  FAITS_MARQUANTS,
} from '../alertes/alerte.taxonomies';
import type { Cell, Tableau } from './tableau';

export const rapportSecuriteSchema = incidentsSchema.omit({ annee: true });
export type RapportSecurite = z.infer<typeof rapportSecuriteSchema>;

export function securiteTableaux(s: RapportSecurite): Tableau[] {
  return [
    {
      feuille: 'Securite',
      titre: 'Sécurité des équipes : alertes et incidents',
      colonnes: ['Code', 'Indicateur', 'Alertes'],
      lignes: [
        ['alertes', 'Alertes envoyées', s.total],
        ...ALERTE_NIVEAUX.map((k): Cell[] => [k, `Niveau : ${ALERTE_NIVEAU_LABELS[k]}`, s.parNiveau[k]]),
        ...FAITS_MARQUANTS.map((k): Cell[] => [k, `Fait : ${FAIT_MARQUANT_LABELS[k]}`, s.parFait[k]]),
        ['signalements_police', 'Signalements à la police', s.signalementsPolice],
        ['signalements_employeur', 'Signalements à l’employeur', s.signalementsEmployeur],
      ],
    },
    {
      feuille: 'SecuriteLieux',
      titre: 'Alertes par quartier',
      codesInternes: true,
      colonnes: ['Code', 'Quartier', 'Alertes'],
      lignes: s.parLieu.map((l) => [l.territoireId ?? 'hors_creneau', l.nom, l.n]),
    },
  ];
}
