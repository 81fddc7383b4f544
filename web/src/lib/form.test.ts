import { demandeCreateSchema } from '@domain/accueil/demande.schema';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { frenchParse, issuesToErrors } from './form';

// The web no longer installs zod's French messages globally (ADR 038): each parse brings them.
describe('frenchParse', () => {
  it('says what is wrong in French, field by field', () => {
    const schema = z.object({ nom: z.string().min(1), email: z.email(), age: z.number().max(120) });
    const result = frenchParse(schema, { nom: '', email: 'pas-une-adresse', age: 300 });
    expect(result.success).toBe(false);
    expect(issuesToErrors(result.error?.issues ?? [])).toEqual({
      nom: 'Champ obligatoire.',
      email: 'Adresse e-mail invalide.',
      age: 'Valeur trop grande (maximum 120).',
    });
  });

  it('keeps a schema’s own message, and the shared schemas’ French on a street form', () => {
    const own = frenchParse(z.object({ id: z.uuid({ error: 'Personne attendue.' }) }), { id: 'x' });
    expect(own.error?.issues[0]?.message).toBe('Personne attendue.');
    const demande = frenchParse(demandeCreateSchema, {});
    expect(demande.success).toBe(false);
    expect(demande.error?.issues.every((i) => /[A-Za-zÀ-ÿ].*\.$/.test(i.message))).toBe(true);
    expect(demande.error?.issues.map((i) => i.message)).not.toContain('Invalid input');
  });
});
