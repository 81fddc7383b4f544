import { z } from 'zod';
import { texte } from '../zod-fr';

export const structureUpdateSchema = z.strictObject({ nom: texte(160) });
export type StructureUpdateInput = z.infer<typeof structureUpdateSchema>;

/** The structure as its users read it (GET and PATCH /api/structure). */
export const structureViewSchema = z.object({ id: z.uuid(), nom: z.string() });
export type StructureView = z.infer<typeof structureViewSchema>;
