import { z } from 'zod';
import { pageSchema, paginationShape, periodeShape, periodeValide } from '../liste';
import { qpvCodeSchema } from '../territoires/territoire.schema';
import { instantSchema, texteOptionnel } from '../zod-fr';
import {
  AUTONOMIES,
  type Autonomie,
  CANAUX,
  type Canal,
  DEMANDE_NOTE_MAX,
  MOTIFS,
  type Motif,
  ORIENTATION_STATUTS,
  PORTAILS,
  type Portail,
  type ReponseType,
} from './accueil.taxonomies';

const orientationInput = z.strictObject({
  /** Made on the phone: replaying the same request creates nothing new. */
  id: z.uuid(),
  serviceId: z.uuid(),
  /** For the mediator's follow-up only: never shown to the partner. */
  note: texteOptionnel(500),
});

/** One response; a digital/paper procedure records the portal and the autonomy reached. */
export const reponseSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('information') }),
    z.strictObject({
      type: z.literal('aide_demarche'),
      portail: z.enum(PORTAILS, { error: 'Portail inconnu.' }),
      autonomie: z.enum(AUTONOMIES, { error: 'Niveau d’autonomie inconnu.' }),
    }),
    z.strictObject({ type: z.literal('accompagnement_physique') }),
    z.strictObject({ type: z.literal('orientation'), orientation: orientationInput }),
    z.strictObject({ type: z.literal('mediation') }),
  ],
  { error: 'Type de réponse inconnu.' },
);
export type ReponseInput = z.infer<typeof reponseSchema>;

export const demandeCreateSchema = z.strictObject({
  id: z.uuid(),
  date: instantSchema,
  /**
   * The time the request was made, Europe/Paris (`HH:MM`), when entered later (a desk
   * afternoon typed in at 18:00): the request is dated that day (Paris day of `date`) at that time.
   */
  heure: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Heure attendue au format HH:MM (heure).')
    .optional(),
  /** A short note for the team (no sensitive detail): checked as every free text. */
  note: texteOptionnel(DEMANDE_NOTE_MAX),
  canal: z.enum(CANAUX, { error: 'Canal inconnu.' }),
  territoireId: z.uuid(),
  /** null: an anonymous request, counted only. */
  personneId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
  motifs: z
    .array(z.enum(MOTIFS, { error: 'Motif inconnu.' }))
    .min(1, 'Choisissez au moins un motif.')
    .max(6),
  reponses: z.array(reponseSchema).min(1, 'Indiquez au moins une réponse apportée.').max(6),
});
export type DemandeCreateInput = z.infer<typeof demandeCreateSchema>;

/**
 * Filters of the demandes list (docs/listes.md). Without `du` the list covers the 30 days
 * ending at `au` or today, unless `personneId` asks for one person's whole history.
 */
export const demandeListQuerySchema = z
  .object({
    territoireId: z.uuid().optional(),
    qpv: qpvCodeSchema.optional(),
    personneId: z.uuid().optional(),
    canal: z.enum(CANAUX, { error: 'Canal inconnu.' }).optional(),
    ...periodeShape,
    ...paginationShape,
  })
  .refine(...periodeValide);
export type DemandeListQuery = z.infer<typeof demandeListQuerySchema>;

export type { ReponseType };

export const reponseViewSchema = z.union([
  z.object({ type: z.enum(['information', 'accompagnement_physique', 'mediation']) }),
  z.object({ type: z.literal('aide_demarche'), portail: z.enum(PORTAILS), autonomie: z.enum(AUTONOMIES) }),
  z.object({
    type: z.literal('orientation'),
    orientationId: z.uuid(),
    serviceId: z.string(),
    statut: z.enum(ORIENTATION_STATUTS),
  }),
]);
export type ReponseView = z.infer<typeof reponseViewSchema>;

export const demandeViewSchema = z.object({
  id: z.uuid(),
  date: z.string(),
  canal: z.enum(CANAUX),
  territoireId: z.uuid(),
  personneId: z.uuid().nullable(),
  motifs: z.array(z.enum(MOTIFS)),
  reponses: z.array(reponseViewSchema),
  note: z.string().nullable(),
  creePar: z.string(),
});
export type DemandeView = z.infer<typeof demandeViewSchema>;

export const demandeListViewSchema = pageSchema(demandeViewSchema).extend({
  /** Days covered; `du` is null only for one person's whole history. */
  periode: z.object({ du: z.string().nullable(), au: z.string().nullable() }),
});
export type DemandeListView = z.infer<typeof demandeListViewSchema>;

// The note's limit lives with the taxonomies (no zod there: the street form loads it first).
export { DEMANDE_NOTE_MAX } from './accueil.taxonomies';
