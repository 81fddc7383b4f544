/**
 * The follow-ups of a collective action (issue 14, part 3; ADR 037): a signalement, a demande
 * (with its orientations) or a situation created because of the action, linked to it.
 */
import { z } from 'zod';
import { codeError } from '../zod-fr';
import { SUITE_TYPE_LIST, SUITE_TYPES } from './action.taxonomies';

// The codes and limits live with the taxonomies (no zod there: the street pages load them).
export {
  ACTION_PHOTO_CONSENTEMENT,
  ACTION_PHOTOS_MAX,
  SUITE_TYPE_LABELS,
  SUITE_TYPE_LIST,
  SUITE_TYPES,
  type SuiteType,
} from './action.taxonomies';

export const suiteParamsSchema = z.object({
  id: z.uuid(),
  type: z.enum(SUITE_TYPES, {
    error: codeError('Type de suite inconnu : signalement, demande ou situation.'),
  }),
  cibleId: z.uuid({ error: 'Identifiant attendu.' }),
});

/** A linked record as the action's page shows it: never a person's name nor a free text. */
export const suiteViewSchema = z.object({
  type: z.enum(SUITE_TYPES),
  id: z.uuid(),
  /** « Signalement n° 1234 — Encombrants », « Demande du 03/12/2026 — 2 orientations »… */
  libelle: z.string(),
  /** The record's status code, when it has one (signalement, situation). */
  statut: z.string().nullable(),
  /** When the link was made (ISO 8601). */
  lieLe: z.string(),
});
export type SuiteView = z.infer<typeof suiteViewSchema>;
export const suitesViewSchema = z.array(suiteViewSchema);

export const actionPhotoQuerySchema = z.object({
  photoId: z.uuid().optional(),
  /** The author's word, ticked on the form: required. */
  consentement: z.enum(['oui'], {
    error: 'Confirmez qu’aucune personne n’est reconnaissable sans son accord.',
  }),
});
export const actionPhotoViewSchema = z.object({
  id: z.uuid(),
  largeur: z.int(),
  hauteur: z.int(),
  taille: z.int(),
  /** ISO 8601. */
  le: z.string(),
});
export type ActionPhotoView = z.infer<typeof actionPhotoViewSchema>;

/** Named registration (optional): a pseudonymous file of the accueil with a consent in force. */
export const inscriptionSchema = z.strictObject({ personneId: z.uuid({ error: 'Personne attendue.' }) });
export const inscriptionViewSchema = z.object({ personneId: z.uuid(), pseudonyme: z.string() });
export type InscriptionView = z.infer<typeof inscriptionViewSchema>;
/** Lines of the attendance sheet beyond the registered ones, to fill by hand at the door. */
export const FEUILLE_LIGNES_LIBRES = 15;
