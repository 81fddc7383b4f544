import { z } from 'zod';
import type { CodeList } from './code-list';
import { frenchIssueMessage } from './zod-fr-messages';

/** French messages for zod's built-in checks, installed once by server and web. */
export function installFrenchErrors(): void {
  z.config({ customError: frenchIssueMessage });
}

/*
 * The input rule (docs/architecture.md, "Input rule"). Every string that reaches the database
 * goes through one of the building blocks below, never a bare z.string():
 * - free text (names, comments, searches) is cleaned: control characters and lone surrogates are
 *   removed, since a user cannot mean them and PostgreSQL refuses them (NUL in text, a lone
 *   surrogate's \uD800 escape in jsonb such as the audit diff);
 * - identifiers, codes, tokens and passwords are refused when they hold one, with a French message:
 *   silently changing an identifier would match something else;
 * - every string has a maximum length, every day and instant lies in the years 1900 to 2199.
 */

/** Control characters a text can never hold (PostgreSQL refuses NUL); tabs and line breaks stay. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** In an identifier or a code, no control character at all (tab and line breaks included). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point.
const CONTROL_STRICT = /[\u0000-\u001f\u007f]/;
/** Half of a UTF-16 pair without its other half: no UTF-8 exists for it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text without control characters (tab and line breaks kept) nor lone surrogates. */
export const sansCaracteresInterdits = (s: string) => s.replace(CONTROL, '').replace(LONE_SURROGATE, '');

/** Whether an identifier or a code holds a control character (tab included) or a lone surrogate. */
export const aCaracteresInterdits = (s: string) =>
  CONTROL_STRICT.test(s) || s.replace(LONE_SURROGATE, '') !== s;

export const CARACTERES_INTERDITS = 'Caractères non autorisés (caractères de contrôle ou invalides).';

/** Text as typed: Windows line breaks become \n, forbidden characters go, outer blank space goes. */
export const nettoyerTexte = (s: string) => sansCaracteresInterdits(s.replace(/\r\n?/g, '\n')).trim();

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
 * An identifier, code, token or password, kept exactly as sent (no trim) but refused when it
 * holds a forbidden character; `min` defaults to 1.
 */
export const identifiant = (max: number, min = 1, messages: { min?: string; max?: string } = {}) =>
  z
    .string()
    .min(min, messages.min)
    .max(max, messages.max)
    .refine((s) => !aCaracteresInterdits(s), CARACTERES_INTERDITS);

const ANNEE_MIN = 1900;
const ANNEE_MAX = 2199;
export const DATE_HORS_BORNES = `Date hors des années ${ANNEE_MIN} à ${ANNEE_MAX}.`;
/** PostgreSQL has no year 0, and a period's bounds (the next day, the year before) must stay dates. */
export const dateDansLesBornes = (v: string) => {
  if (!/^\d{4}-/.test(v)) return true; // a malformed value already has its own message
  const annee = Number(v.slice(0, 4));
  return annee >= ANNEE_MIN && annee <= ANNEE_MAX;
};

/** A calendar day (AAAA-MM-JJ) of the years 1900 to 2199. */
export const jourSchema = z.iso
  .date({
    error: (i) =>
      i.input === undefined || i.input === '' ? 'Champ obligatoire.' : 'Date attendue au format AAAA-MM-JJ.',
  })
  .refine(dateDansLesBornes, DATE_HORS_BORNES);

/** An instant with its offset (ISO 8601), of the years 1900 to 2199. */
export const instantSchema = z.iso
  .datetime({
    offset: true,
    error: (i) =>
      i.input === undefined || i.input === ''
        ? 'Champ obligatoire.'
        : 'Date et heure attendues au format ISO 8601 (ex. 2026-03-29T21:00:00+02:00).',
  })
  .refine(dateDansLesBornes, DATE_HORS_BORNES);

/**
 * Error for a code list (z.enum): "Champ obligatoire." when nothing was chosen, else `unknown`.
 * Usage: z.enum(CODES, { error: codeError('Type de lieu inconnu.') }).
 */
export const codeError = (unknown: string) => (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null || issue.input === '' ? 'Champ obligatoire.' : unknown;

/** The zod enum of a code list, with its French message for an unknown code. */
export const codeEnum = <C extends string>(list: CodeList<C>, unknown: string) =>
  z.enum(list.codes, { error: codeError(unknown) });
