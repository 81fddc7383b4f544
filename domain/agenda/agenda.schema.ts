/**
 * The public agenda of a structure (issue 14, part 5; ADR 035): its public actions, not
 * cancelled, from 7 days ago to 6 months ahead, with no personal data. Every field is listed:
 * no mediator, no count, no evaluation, no note.
 */
import { z } from 'zod';
import { ACTION_TYPES } from '../actions/action.taxonomies';

/** The window: actions ending from 7 days ago, starting before 183 days ahead; at most 500. */
export const AGENDA_JOURS_AVANT = 7;
export const AGENDA_JOURS_APRES = 183;
export const AGENDA_MAX = 500;

export const agendaActionSchema = z.object({
  /** The action's id (the iCalendar UID is `{id}@{host}`). */
  id: z.uuid(),
  type: z.enum(ACTION_TYPES),
  titre: z.string(),
  /** ISO 8601 with the Paris offset. */
  debut: z.string(),
  fin: z.string(),
  /** The place (a lieu of the territory, never a person's home) and its QPV. */
  lieu: z.string().nullable(),
  quartier: z.string(),
  /** The co-organising partners' names (organisations). */
  partenaires: z.array(z.string()),
  /** The action's objective, as its team wrote it for the public. */
  texte: z.string().nullable(),
});
export type AgendaAction = z.infer<typeof agendaActionSchema>;

export const agendaSchema = z.object({
  structure: z.string(),
  slug: z.string(),
  /** The window, Paris days AAAA-MM-JJ. */
  du: z.string(),
  au: z.string(),
  /** The iCalendar feed of the same list. */
  ical: z.string(),
  actions: z.array(agendaActionSchema),
});
export type Agenda = z.infer<typeof agendaSchema>;

/** The public API's addresses (the web page is `/agenda/{slug}`, web/src/lib/paths.ts). */
export const agendaPaths = {
  json: (slug: string) => `/api/public/${slug}/agenda`,
  ical: (slug: string) => `/api/public/${slug}/agenda.ics`,
};
