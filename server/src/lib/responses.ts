/** Declared answers shared by many routes (issue 17, part 2: every route declares its answer). */
import type { Readable } from 'node:stream';
import { z } from 'zod';

/** A route that answers 204 (a deletion, a revocation): no body. */
export const AUCUN_CONTENU = { 204: z.null().describe('Aucun contenu') } as const;

/** A route that sends the browser elsewhere (303, `Location` header): no body. */
export const REDIRECTION = { 303: z.null().describe('Redirection (en-tête Location)') } as const;

/**
 * File bytes (PDF, CSV, image), sent as they are: Fastify never serializes a Buffer, a stream, or
 * a string sent with a content type that is not JSON (a CSV text).
 */
export const octets = (description: string) => z.custom<Buffer | Readable | string>().describe(description);

/** A route whose 200 answer is a file. */
export const fichier = (description: string) => ({ 200: octets(description) }) as const;

/** A route answering JSON or, with `format=csv|xlsx|pdf`, the same figures as a file. */
export const jsonOuFichier = <T extends z.ZodType>(json: T, description: string) =>
  ({ 200: z.union([json, octets(description)]) }) as const;
