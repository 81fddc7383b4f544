import type { z } from 'zod';

/**
 * French messages for zod's built-in checks. Imports zod's types only: the web's forms use it
 * per parse (web/src/lib/form.ts) without bringing zod into a street page's first load.
 */
export function frenchIssueMessage(issue: z.core.$ZodRawIssue): string {
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
}
