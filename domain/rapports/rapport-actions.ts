/**
 * The report's collective actions and the registres' sources (issue 14, part 6; ADR 032;
 * docs/rapports.md, « Actions collectives » and « Registres »): shapes, every code present.
 */
import { z } from 'zod';
import { ACTION_TYPES } from '../actions/action.taxonomies';
import { REGISTRES } from '../main-courante/main-courante.taxonomies';
import { parCode } from './rapport-sections.schema';

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
