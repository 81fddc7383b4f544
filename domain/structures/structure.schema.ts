import { z } from 'zod';
import { texte } from '../zod-fr';

export const structureUpdateSchema = z.strictObject({ nom: texte(160) });
export type StructureUpdateInput = z.infer<typeof structureUpdateSchema>;
