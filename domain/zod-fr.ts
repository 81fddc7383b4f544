import { z } from 'zod';

/** French messages for zod's built-in checks, installed once by server and web. */
export function installFrenchErrors(): void {
  z.config({
    customError: (issue) => {
      switch (issue.code) {
        case 'invalid_type':
          return issue.input === undefined ? 'Champ obligatoire.' : 'Type de valeur invalide.';
        case 'too_small':
          if (issue.origin === 'string') {
            return issue.minimum === 1 ? 'Champ obligatoire.' : `Au moins ${issue.minimum} caractères.`;
          }
          if (issue.origin === 'array') return `Au moins ${issue.minimum} élément(s).`;
          return `Valeur trop petite (minimum ${issue.minimum}).`;
        case 'too_big':
          if (issue.origin === 'string') return `Au plus ${issue.maximum} caractères.`;
          if (issue.origin === 'array') return `Au plus ${issue.maximum} élément(s).`;
          return `Valeur trop grande (maximum ${issue.maximum}).`;
        case 'invalid_format':
          if (issue.format === 'email') return 'Adresse e-mail invalide.';
          if (issue.format === 'uuid') return 'Identifiant invalide.';
          return 'Format invalide.';
        case 'invalid_value':
          return 'Valeur non reconnue.';
        case 'unrecognized_keys':
          return `Champ(s) inconnu(s) : ${issue.keys.join(', ')}.`;
        default:
          return 'Valeur invalide.';
      }
    },
  });
}

/** Control characters a text can never hold (PostgreSQL refuses NUL); tabs and line breaks stay. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text as typed: Windows line breaks become \n, control characters go, outer blank space goes. */
export const nettoyerTexte = (s: string) => s.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();

/** A cleaned, non-empty string of at most `max` characters. */
export const texte = (max: number) => z.string().transform(nettoyerTexte).pipe(z.string().min(1).max(max));
/** An optional free text, cleaned: empty becomes null. */
export const texteOptionnel = (max: number) =>
  z
    .string()
    .transform(nettoyerTexte)
    .pipe(z.string().max(max))
    .nullish()
    .transform((v) => (v ? v : null));
/** A search box's words (query string), cleaned; empty means no search. */
export const recherche = (max: number) =>
  z
    .string()
    .transform(nettoyerTexte)
    .pipe(z.string().max(max))
    .optional()
    .transform((v) => (v ? v : undefined));

/**
 * Error for a code list (z.enum): "Champ obligatoire." when nothing was chosen, else `unknown`.
 * Usage: z.enum(CODES, { error: codeError('Type de lieu inconnu.') }).
 */
export const codeError = (unknown: string) => (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null || issue.input === '' ? 'Champ obligatoire.' : unknown;
