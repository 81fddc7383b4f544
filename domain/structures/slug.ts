/**
 * A structure's short name in its public agenda's address, `/agenda/{slug}` (issue 14, part 5;
 * ADR 035): lower-case letters a–z, digits and single hyphens, 3 to 40 characters.
 */
import { z } from 'zod';

export const SLUG_MIN = 3;
export const SLUG_MAX = 40;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugSchema = z
  .string({ error: 'Nom court attendu.' })
  .trim()
  .min(SLUG_MIN, `Le nom court compte au moins ${SLUG_MIN} caractères.`)
  .max(SLUG_MAX, `Le nom court compte au plus ${SLUG_MAX} caractères.`)
  .regex(
    SLUG_PATTERN,
    'Le nom court s’écrit en minuscules sans accents (a à z), chiffres et tirets simples, sans tiret au début ni à la fin.',
  );

/**
 * The slug made from a name, as migration 0028 made it for existing structures: accents dropped,
 * lower case, runs of other characters as one hyphen, cut at 40; « structure » when too short.
 */
export function slugFromNom(nom: string): string {
  const s = nom
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/, '');
  return s.length >= SLUG_MIN ? s : `structure-${s}`.replace(/-$/, '');
}

/** The n-th candidate for a name already taken: `quartiers-2`, `quartiers-3`…, within 40 characters. */
export function slugCandidate(base: string, n: number): string {
  if (n <= 1) return base;
  const suffix = `-${n}`;
  return `${base.slice(0, SLUG_MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
}
