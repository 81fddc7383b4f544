/** The report's « planned and done » section (issue 13, part 4): its shape and its tables. */
import { z } from 'zod';
import { CADRE_LABELS, CADRES } from '../main-courante/main-courante.taxonomies';
import { CRENEAU_TYPE_LABELS, CRENEAU_TYPES } from '../planning/planning.taxonomies';
import { parCode } from './rapport-sections.schema';
import { type Tableau, tableauParCode } from './tableau';

export const planifieRealiseSchema = z.object({ planifiees: z.number(), realisees: z.number() });
export type PlanifieRealise = z.infer<typeof planifieRealiseSchema>;

/**
 * Hours planned in the period (shifts not cancelled that start in it, their real length across
 * a DST change), beside hours done in the main courante. Per type and per cadre, a shift counts
 * once; per person, each member of its crew counts its length.
 */
export const rapportPlanningSchema = z.object({
  heures_planifiees: z.number(),
  par_type: parCode(CRENEAU_TYPES),
  par_cadre: parCode(CADRES, planifieRealiseSchema),
  /** `planifiees_terrain`: the person's shifts that become an activity (a cadre). */
  par_mediateur: z.array(
    planifieRealiseSchema.extend({ id: z.string(), nom: z.string(), planifiees_terrain: z.number() }),
  ),
});
export type RapportPlanning = z.infer<typeof rapportPlanningSchema>;

export function planningTableaux(p: RapportPlanning): Tableau[] {
  return [
    tableauParCode(
      'PlanningTypes',
      'Heures planifiées par type de créneau',
      ['Type', 'Heures planifiées'],
      CRENEAU_TYPES,
      CRENEAU_TYPE_LABELS,
      p.par_type,
    ),
    {
      feuille: 'PlanningCadres',
      titre: 'Heures planifiées et réalisées par cadre',
      colonnes: ['Code', 'Cadre', 'Planifiées', 'Réalisées'],
      lignes: CADRES.map((k) => [k, CADRE_LABELS[k], p.par_cadre[k].planifiees, p.par_cadre[k].realisees]),
    },
    {
      feuille: 'PlanningPersonnes',
      titre: 'Heures planifiées et réalisées par personne',
      codesInternes: true,
      colonnes: ['Code', 'Personne', 'Planifiées', 'dont terrain', 'Réalisées'],
      lignes: p.par_mediateur.map((m) => [m.id, m.nom, m.planifiees, m.planifiees_terrain, m.realisees]),
    },
  ];
}
