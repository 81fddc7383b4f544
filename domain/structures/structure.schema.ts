import { z } from 'zod';
import { texte } from '../zod-fr';

/** Each field is optional: the name (admin, direction, coordination), the second factor (admin, direction). */
export const structureUpdateSchema = z.strictObject({
  nom: texte(160).optional(),
  deuxiemeFacteurObligatoire: z.boolean().optional(),
});
export type StructureUpdateInput = z.infer<typeof structureUpdateSchema>;

/** The structure as its users read it (GET and PATCH /api/structure). */
export const structureViewSchema = z.object({
  id: z.uuid(),
  nom: z.string(),
  /** Admin, direction and coordination sign in with a second factor (ADR 029). */
  deuxiemeFacteurObligatoire: z.boolean(),
});
export type StructureView = z.infer<typeof structureViewSchema>;
