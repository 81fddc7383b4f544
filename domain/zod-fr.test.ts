import { describe, expect, it } from 'vitest';
import { emailSchema } from './utilisateurs/utilisateur.schema';
import {
  aCaracteresInterdits,
  CARACTERES_INTERDITS,
  identifiant,
  installFrenchErrors,
  instantSchema,
  jourSchema,
  nettoyerTexte,
  recherche,
  sansCaracteresInterdits,
  texte,
  texteOptionnel,
} from './zod-fr';

installFrenchErrors();
const messages = (r: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  r.error?.issues.map((i) => i.message) ?? [];

describe('the input rule', () => {
  it('removes control characters and lone surrogates, keeps tabs, line breaks and real pairs', () => {
    expect(sansCaracteresInterdits('a\u0000b\u0007c\u007f\u001bd')).toBe('abcd');
    expect(sansCaracteresInterdits('\ud800x\udfffy')).toBe('xy');
    expect(sansCaracteresInterdits('fin\ud800')).toBe('fin');
    expect(sansCaracteresInterdits('\udc00\ud800')).toBe('');
    expect(sansCaracteresInterdits('ligne\tune\nligne deux\r')).toBe('ligne\tune\nligne deux\r');
    expect(sansCaracteresInterdits('émoji 😀 ok')).toBe('émoji 😀 ok');
    expect(nettoyerTexte('  a\r\nb\rc\u0000 ')).toBe('a\nb\nc');
  });

  it('finds forbidden characters in an identifier, tabs and line breaks included', () => {
    for (const bad of ['\u0000', 'a\tb', 'a\nb', '\ud800x', 'x\udc00', '\u007f']) {
      expect(aCaracteresInterdits(bad), JSON.stringify(bad)).toBe(true);
    }
    for (const good of ['abc', 'é-ü_1', '😀', 'QN01342I']) expect(aCaracteresInterdits(good)).toBe(false);
  });

  it('cleans free text, then bounds it; a text left empty is missing', () => {
    expect(texte(10).parse('\ud800Secteur\u0000 ')).toBe('Secteur');
    expect(messages(texte(10).safeParse('\ud800\u0000 '))).toEqual(['Champ obligatoire.']);
    expect(messages(texte(3).safeParse('abcd'))).toEqual(['Au plus 3 caractères.']);
    expect(texteOptionnel(10).parse('\u0000')).toBeNull();
    expect(texteOptionnel(10).parse(undefined)).toBeNull();
    expect(recherche(10).parse('%\u0000')).toBe('%');
    expect(recherche(10).parse('\u0000')).toBeUndefined();
    expect(texte(10).safeParse(['x']).success).toBe(false);
  });

  it('refuses an identifier holding a forbidden character instead of changing it', () => {
    expect(identifiant(20).parse(' tel quel ')).toBe(' tel quel ');
    expect(messages(identifiant(20).safeParse('ab\u0000c'))).toEqual([CARACTERES_INTERDITS]);
    expect(messages(identifiant(20).safeParse('\ud800x'))).toEqual([CARACTERES_INTERDITS]);
    expect(messages(identifiant(3).safeParse('abcd'))).toEqual(['Au plus 3 caractères.']);
    expect(messages(identifiant(9, 2, { min: 'Trop court.' }).safeParse('a'))).toEqual(['Trop court.']);
    expect(identifiant(20).safeParse(['x']).success).toBe(false);
  });

  it('bounds days and instants to the years 1900 to 2199', () => {
    expect(jourSchema.parse('1900-01-01')).toBe('1900-01-01');
    expect(jourSchema.parse('2199-12-31')).toBe('2199-12-31');
    for (const d of ['0000-01-01', '1899-12-31', '2200-01-01', '9999-12-31']) {
      expect(messages(jourSchema.safeParse(d)), d).toEqual(['Date hors des années 1900 à 2199.']);
    }
    expect(messages(jourSchema.safeParse('2026-02-30'))).toEqual(['Date attendue au format AAAA-MM-JJ.']);
    expect(messages(jourSchema.safeParse(''))).toEqual(['Champ obligatoire.']);
    expect(instantSchema.parse('2026-03-29T21:00:00+02:00')).toBe('2026-03-29T21:00:00+02:00');
    expect(instantSchema.parse('1900-01-01T00:00:00+01:00')).toBe('1900-01-01T00:00:00+01:00');
    for (const d of ['0000-01-01T00:00:00Z', '2200-01-01T00:00:00Z', '9999-12-31T23:59:59+01:00']) {
      expect(messages(instantSchema.safeParse(d)), d).toEqual(['Date hors des années 1900 à 2199.']);
    }
    expect(messages(instantSchema.safeParse('2026-03-29 21:00'))).toEqual([
      'Date et heure attendues au format ISO 8601 (ex. 2026-03-29T21:00:00+02:00).',
    ]);
  });
});

describe('e-mail addresses', () => {
  it('lose outer blank space and case, but are refused with a character inside', () => {
    expect(emailSchema.parse(' Camille@Example.org\n')).toBe('camille@example.org');
    expect(emailSchema.safeParse('cam\u0000ille@example.org').success).toBe(false);
    expect(emailSchema.safeParse('\ud800@example.org').success).toBe(false);
  });
});
