/** Declared answers shared by many routes (issue 17, part 2: every route declares its answer). */
import { z } from 'zod';

/** A route that answers 204 (a deletion, a revocation): no body. */
export const AUCUN_CONTENU = { 204: z.null().describe('Aucun contenu') } as const;
