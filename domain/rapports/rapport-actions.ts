/**
 * The report's collective actions and the registres' sources (issue 14, part 6; ADR 032;
 * docs/rapports.md, « Actions collectives » and « Registres »): shapes, every code present.
 */
import { z } from 'zod';
import { ACTION_TYPE_LABELS, ACTION_TYPES } from '../actions/action.taxonomies';
import { REGISTRE_LABELS, REGISTRES } from '../main-courante/main-courante.taxonomies';
import { parCode } from './rapport-sections.schema';
import type { Tableau } from './tableau';

const nombreParticipants = z.object({ nombre: z.number(), participants: z.number() });
export type NombreParticipants = z.infer<typeof nombreParticipants>;

/** Actions not cancelled whose start, in Europe/Paris, falls within [du, au]. */
export const rapportActionsSchema = z.object({
  nombre: z.number(),
  /** The events' own time (end − start, real elapsed time), summed. */
  heures: z.number(),
  /** The mediators' preparation hours recorded on the actions. */
  heures_preparation: z.number(),
  participants: z.number(),
  par_type: parCode(ACTION_TYPES, nombreParticipants),
  /** A team meeting and « autre » count in no registre. */
  par_registre: parCode(REGISTRES, nombreParticipants),
  par_qpv: z.record(z.string(), nombreParticipants),
});
export type RapportActions = z.infer<typeof rapportActionsSchema>;

/** What feeds one registre in the period (0 where a source cannot feed it). */
export const sourcesRegistreSchema = z.object({
  /** Contacts of the main courante whose nature maps to the registre. */
  contacts: z.number(),
  /** The people those contacts reached (what `contacts.par_registre` counts). */
  personnes: z.number(),
  actions: z.number(),
  participants: z.number(),
  /** Signalements observed in the period: `veille_technique` only. */
  signalements: z.number(),
  /** Diagnostics en marchant walked in the period: `veille_technique` only. */
  diagnostics: z.number(),
  /** Residents' projects supported in the period: `projet` only (0 until projects exist). */
  projets: z.number(),
});
export type SourcesRegistre = z.infer<typeof sourcesRegistreSchema>;

export const rapportRegistresSchema = parCode(REGISTRES, sourcesRegistreSchema);
export type RapportRegistres = z.infer<typeof rapportRegistresSchema>;

/** The actions and registres as tables of the exports and the web page. */
export function actionsTableaux(
  r: { actions: RapportActions; registres: RapportRegistres },
  qpvNoms: Record<string, string>,
): Tableau[] {
  const a = r.actions;
  return [
    {
      feuille: 'Actions',
      titre: 'Actions collectives',
      colonnes: ['Code', 'Indicateur', 'Valeur'],
      lignes: [
        ['nombre', 'Actions', a.nombre],
        ['heures', 'Heures d’action', a.heures],
        ['heures_preparation', 'Heures de préparation', a.heures_preparation],
        ['participants', 'Participant·es', a.participants],
      ],
    },
    {
      feuille: 'ActionsTypes',
      titre: 'Actions collectives par type',
      colonnes: ['Code', 'Type', 'Actions', 'Participant·es'],
      lignes: ACTION_TYPES.map((k) => [
        k,
        ACTION_TYPE_LABELS[k],
        a.par_type[k].nombre,
        a.par_type[k].participants,
      ]),
    },
    {
      feuille: 'ActionsQPV',
      titre: 'Actions collectives par QPV',
      colonnes: ['Code', 'QPV', 'Actions', 'Participant·es'],
      lignes: Object.entries(a.par_qpv).map(([code, q]) => [
        code,
        qpvNoms[code] ?? code,
        q.nombre,
        q.participants,
      ]),
    },
    {
      feuille: 'RegistresSources',
      titre: 'Ce qui alimente chaque registre : contacts et actions',
      colonnes: ['Code', 'Registre', 'Contacts', 'Personnes', 'Actions', 'Participant·es'],
      lignes: REGISTRES.map((k) => {
        const s = r.registres[k];
        return [k, REGISTRE_LABELS[k], s.contacts, s.personnes, s.actions, s.participants];
      }),
    },
    {
      // Each of these feeds one registre only: one line each, named with it.
      feuille: 'RegistresAutres',
      titre: 'Ce qui alimente chaque registre : autres sources',
      colonnes: ['Code', 'Source', 'Nombre'],
      lignes: [
        ['signalements', 'Signalements (veille technique)', r.registres.veille_technique.signalements],
        [
          'diagnostics',
          'Diagnostics en marchant (veille technique)',
          r.registres.veille_technique.diagnostics,
        ],
        ['projets', 'Projets d’habitants accompagnés (facilitation de projets)', r.registres.projet.projets],
      ],
    },
  ];
}
