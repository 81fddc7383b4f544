/** Declared answers shared by many routes (issue 17, part 2: every route declares its answer). */
import type { Readable } from 'node:stream';
import { z } from 'zod';

/** A route that answers 204 (a deletion, a revocation): no body. */
export const AUCUN_CONTENU = { 204: z.null().describe('Aucun contenu') } as const;

/** File bytes (PDF, CSV, image), sent as they are: Fastify never serializes a Buffer or a stream. */
export const octets = (description: string) => z.custom<Buffer | Readable>().describe(description);

/** A route whose 200 answer is a file. */
export const fichier = (description: string) => ({ 200: octets(description) }) as const;
