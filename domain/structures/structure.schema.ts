import { z } from 'zod';
import { texte } from '../zod-fr';
import { proconnectSettingsSchema, proconnectViewSchema } from './proconnect.schema';
import { slugSchema } from './slug';

/**
 * Each field is optional (an empty change answers the structure as it is): the name and the
 * slug (admin, direction, coordination), the second factor and ProConnect (admin, direction).
 */
export const structureUpdateSchema = z.strictObject({
  nom: texte(160).optional(),
  /** The public agenda's address, `/agenda/{slug}` (admin, direction, coordination). */
  slug: slugSchema.optional(),
  deuxiemeFacteurObligatoire: z.boolean().optional(),
  proconnect: proconnectSettingsSchema.optional(),
});
export type StructureUpdateInput = z.infer<typeof structureUpdateSchema>;

/** The structure as its users read it (GET and PATCH /api/structure). */
export const structureViewSchema = z.object({
  id: z.uuid(),
  nom: z.string(),
  /** The short name of the public agenda's address, `/agenda/{slug}`. */
  slug: z.string(),
  /** Admin, direction and coordination sign in with a second factor (ADR 029). */
  deuxiemeFacteurObligatoire: z.boolean(),
  /** ProConnect sign-in (ADR 030); the client secret is never answered. */
  proconnect: proconnectViewSchema,
});
export type StructureView = z.infer<typeof structureViewSchema>;
