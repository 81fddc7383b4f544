import { z } from 'zod';
import { type CodeOf, codeList } from '../code-list';
import { paginationShape, periodeShape, periodeValide } from '../liste';
import { qpvCodeSchema } from '../territoires/territoire.schema';
import { texteOptionnel } from '../zod-fr';
import { MOTIFS, MOTIFS_REFUS, ORIENTATION_STATUTS, type OrientationStatut } from './accueil.taxonomies';

/** What a partner answers. "acceptee" moves the orientation to `prise_de_contact`. */
export const REPONSE_PARTENAIRE_LIST = codeList({
  acceptee: 'Acceptée',
  refusee: 'Refusée',
  aboutie: 'Aboutie',
});
export const REPONSES_PARTENAIRE = REPONSE_PARTENAIRE_LIST.codes;
export type ReponsePartenaire = CodeOf<typeof REPONSE_PARTENAIRE_LIST>;
export const REPONSE_PARTENAIRE_LABELS = REPONSE_PARTENAIRE_LIST.labels;
export const REPONSE_PARTENAIRE_STATUT: Record<ReponsePartenaire, OrientationStatut> = {
  acceptee: 'prise_de_contact',
  refusee: 'refusee',
  aboutie: 'aboutie',
};

export const reponsePartenaireSchema = z
  .strictObject({
    reponse: z.enum(REPONSES_PARTENAIRE, { error: 'Réponse inconnue.' }),
    motifRefus: z
      .enum(MOTIFS_REFUS, { error: 'Motif de refus inconnu.' })
      .nullish()
      .transform((v) => v ?? null),
    commentaire: texteOptionnel(500),
  })
  .superRefine((v, ctx) => {
    if (v.reponse === 'refusee' && !v.motifRefus) {
      ctx.addIssue({ code: 'custom', path: ['motifRefus'], message: 'Indiquez le motif du refus.' });
    }
  });
export type ReponsePartenaireInput = z.infer<typeof reponsePartenaireSchema>;

/** Statuses a mediator or coordinator may set by hand. */
export const STATUTS_MANUELS = ['prise_de_contact', 'aboutie', 'sans_suite'] as const;
export const statutUpdateSchema = z.strictObject({
  statut: z.enum(STATUTS_MANUELS, { error: 'Statut non modifiable à la main.' }),
  commentaire: texteOptionnel(500),
});
export type StatutUpdateInput = z.infer<typeof statutUpdateSchema>;

/**
 * Filters of the orientations list (docs/listes.md). A to-do list: without `statut` or
 * `aRelancer`, only open ones (proposée, prise de contact) unless `ouvertes=false`.
 */
export const orientationListQuerySchema = z
  .object({
    statut: z.enum(ORIENTATION_STATUTS, { error: 'Statut inconnu.' }).optional(),
    aRelancer: z
      .enum(['true', 'false'], { error: 'Valeur attendue : true ou false.' })
      .transform((v) => v === 'true')
      .optional(),
    ouvertes: z.enum(['true', 'false'], { error: 'Valeur attendue : true ou false.' }).optional(),
    partenaireId: z.uuid().optional(),
    territoireId: z.uuid().optional(),
    qpv: qpvCodeSchema.optional(),
    /** One person's whole story, every status (staff only): their file lists it. */
    personneId: z.uuid().optional(),
    ...periodeShape,
    ...paginationShape,
  })
  .refine(...periodeValide);
export type OrientationListQuery = z.infer<typeof orientationListQuerySchema>;

export const parametresAccueilSchema = z.strictObject({
  delaiRelanceJours: z.number().int().min(1).max(365),
  delaiExpirationJours: z.number().int().min(1).max(365),
});
export type ParametresAccueilInput = z.infer<typeof parametresAccueilSchema>;

export const orientationEventViewSchema = z.object({
  statut: z.enum(ORIENTATION_STATUTS),
  le: z.string(),
  par: z.enum(['structure', 'partenaire', 'systeme']),
  motifRefus: z.enum(MOTIFS_REFUS).nullable(),
  commentaire: z.string().nullable(),
});
export type OrientationEventView = z.infer<typeof orientationEventViewSchema>;

/** What a partner sees: the person only if they agreed to share, never the mediator's note. */
export const orientationPartenaireViewSchema = z.object({
  id: z.uuid(),
  creeLe: z.string(),
  statut: z.enum(ORIENTATION_STATUTS),
  statutLe: z.string(),
  motifs: z.array(z.enum(MOTIFS)),
  service: z.object({ id: z.string(), nom: z.string() }),
  personne: z
    .object({
      pseudonyme: z.string(),
      prenom: z.string().nullable(),
      nom: z.string().nullable(),
      telephone: z.string().nullable(),
      email: z.string().nullable(),
    })
    .nullable(),
  motifRefus: z.enum(MOTIFS_REFUS).nullable(),
  commentairePartenaire: z.string().nullable(),
  historique: z.array(orientationEventViewSchema),
});
export type OrientationPartenaireView = z.infer<typeof orientationPartenaireViewSchema>;

export const orientationViewSchema = orientationPartenaireViewSchema.extend({
  demandeId: z.uuid(),
  territoireId: z.uuid(),
  personneId: z.uuid().nullable(),
  partenaire: z.object({ id: z.uuid(), nom: z.string() }).nullable(),
  note: z.string().nullable(),
  aRelancer: z.boolean(),
  relanceLe: z.string().nullable(),
  expireLe: z.string().nullable(),
});
export type OrientationView = z.infer<typeof orientationViewSchema>;

/**
 * The answer of the orientation routes: the staff's view, or the partner's (fewer fields). The
 * staff's is tried first, so a staff answer is never cut down to the partner's fields.
 */
export const orientationAnswerSchema = z.union([orientationViewSchema, orientationPartenaireViewSchema]);

/** A partner's line of the orientation statistics. */
export const orientationStatsRowSchema = z.object({
  partenaireId: z.uuid().nullable(),
  partenaire: z.string(),
  total: z.int(),
  parStatut: z.record(z.enum(ORIENTATION_STATUTS), z.int()),
  /** aboutie / (every closed orientation), null when none is closed yet. */
  tauxReussite: z.number().nullable(),
});
export type OrientationStatsRow = z.infer<typeof orientationStatsRowSchema>;
