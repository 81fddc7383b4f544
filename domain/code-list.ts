import { z } from 'zod';

/**
 * One code list (TAXONOMIES.md): the stable codes, their French labels, the options of a select
 * and the zod enum, made together so they cannot drift apart.
 */
export function codeList<const C extends readonly [string, ...string[]]>(
  codes: C,
  labels: Record<C[number], string>,
  message = 'Code inconnu.',
) {
  return {
    codes,
    labels,
    options: codes.map((value) => ({ value: value as C[number], label: labels[value as C[number]] })),
    schema: z.enum(codes, { error: message }),
  };
}
