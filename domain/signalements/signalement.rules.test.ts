import { describe, expect, it } from 'vitest';
import { ROLES } from '../auth/roles';
import {
  canCaptureSignalement,
  canManageOpen311Keys,
  canManageSignalements,
  changementApresCloture,
  isOpen,
  nextStatuts,
  statutChangeRefusal,
} from './signalement.rules';
import { STATUTS, STATUTS_FERMES, STATUTS_OUVERTS } from './signalement.taxonomies';

describe('signalement status rules', () => {
  it('lets the team move a new signalement on, but never send it without choosing a partner', () => {
    expect(nextStatuts('nouveau', 'equipe')).toEqual(['rejete', 'doublon']);
    expect(statutChangeRefusal('nouveau', 'transmis', 'equipe')).toBe(
      'La transmission se fait en choisissant un partenaire.',
    );
  });

  it('gives a partner only « pris en compte », « résolu » and « rejeté »', () => {
    expect(nextStatuts('transmis', 'partenaire')).toEqual(['pris_en_compte', 'resolu', 'rejete']);
    expect(nextStatuts('pris_en_compte', 'partenaire')).toEqual(['resolu', 'rejete']);
    expect(statutChangeRefusal('transmis', 'doublon', 'partenaire')).toBe(
      'Un partenaire peut indiquer : pris en compte, résolu ou rejeté.',
    );
  });

  it('keeps every closed status final, and says so with the French labels, not the codes', () => {
    for (const from of STATUTS_FERMES) {
      for (const who of ['equipe', 'partenaire'] as const) expect(nextStatuts(from, who)).toEqual([]);
    }
    expect(statutChangeRefusal('resolu', 'pris_en_compte', 'equipe')).toBe(
      'Un signalement « Résolu » ne peut pas passer à « Pris en compte ».',
    );
  });

  it('never goes back to « nouveau », and never refuses a step it offers', () => {
    for (const from of STATUTS) {
      for (const who of ['equipe', 'partenaire'] as const) {
        expect(nextStatuts(from, who)).not.toContain('nouveau');
        for (const to of nextStatuts(from, who)) expect(statutChangeRefusal(from, to, who)).toBeNull();
      }
    }
  });

  it('turns a change that reaches a closed signalement into a comment, and leaves an open one to the rules', () => {
    expect(changementApresCloture('resolu', 'pris_en_compte', 'equipe', 'Vu sur place.')).toBe(
      'Passage à « Pris en compte » demandé après la clôture : le signalement reste « Résolu ». Vu sur place.',
    );
    expect(changementApresCloture('rejete', 'resolu', 'partenaire', null)).toBe(
      'Passage à « Résolu » demandé après la clôture : le signalement reste « Rejeté ».',
    );
    for (const from of STATUTS_OUVERTS)
      expect(changementApresCloture(from, 'resolu', 'equipe', null)).toBeNull();
    // What the author may never set stays refused: a partner cannot mark a duplicate, even late.
    expect(changementApresCloture('resolu', 'doublon', 'partenaire', null)).toBeNull();
    expect(changementApresCloture('resolu', 'transmis', 'equipe', null)).toBeNull();
  });

  it('counts as open exactly the open statuses', () => {
    expect(STATUTS.filter(isOpen)).toEqual([...STATUTS_OUVERTS]);
  });
});

describe('signalement rights', () => {
  const who = (rule: (a: { role: (typeof ROLES)[number] }) => boolean) =>
    ROLES.filter((role) => rule({ role }));

  it('lets the staff capture, the office manage, the admin alone hold Open311 keys', () => {
    expect(who(canCaptureSignalement)).toEqual(['mediateur', 'coordinateur', 'direction', 'admin']);
    expect(who(canManageSignalements)).toEqual(['coordinateur', 'direction', 'admin']);
    expect(who(canManageOpen311Keys)).toEqual(['admin']);
  });
});
