import { describe, expect, it } from 'vitest';
import { installFrenchErrors } from '../zod-fr';
import { activiteCreateSchema, contactCreateSchema, periodeError, revueSchema } from './activite.schema';
import { CADRES, GENRES, NATURE_REGISTRE, NATURES, PUBLICS, REGISTRES } from './main-courante.taxonomies';

installFrenchErrors();
const id = '0b8f6a57-4a3e-4d55-9f0c-1d2e3f405162';
const base = {
  id,
  cadre: 'tournee',
  debut: '2026-03-28T21:00:00+01:00',
  fin: '2026-03-29T01:00:00+02:00',
  territoireId: id,
  mediateurIds: [id, id],
};

describe('main courante schemas', () => {
  it('keeps exactly the codes of TAXONOMIES.md', () => {
    expect(CADRES).toEqual(['tournee', 'permanence', 'evenement', 'transport', 'autre']);
    expect(PUBLICS).toEqual(['enfant', 'jeune', 'jeune_adulte', 'adulte', 'senior', 'inconnu']);
    expect(GENRES).toEqual(['femme', 'homme', 'non_precise']);
    expect(NATURES).toHaveLength(9);
    for (const n of NATURES) expect(REGISTRES).toContain(NATURE_REGISTRE[n]);
    expect(NATURE_REGISTRE.rappel_regle).toBe('conflit');
    expect(NATURE_REGISTRE.veille).toBe('veille_sociale');
  });

  it('accepts an overnight activity, dedupes mediators and defaults lists', () => {
    const v = activiteCreateSchema.parse(base);
    expect(v.mediateurIds).toEqual([id]);
    expect(v.contacts).toEqual([]);
    expect(v.secteurId).toBeNull();
    expect(activiteCreateSchema.parse({ ...base, fin: undefined }).fin).toBeNull();
  });

  it('refuses an end before the start or more than 24 hours later, on the fin field', () => {
    const before = activiteCreateSchema.safeParse({ ...base, fin: '2026-03-28T20:00:00+01:00' });
    expect(before.error?.issues[0]).toMatchObject({
      path: ['fin'],
      message: 'La fin doit être après le début.',
    });
    expect(periodeError('2026-03-28T21:00:00Z', '2026-03-29T21:00:01Z')).toMatch(/24 heures/);
    expect(periodeError('2026-03-28T21:00:00Z', null)).toBeNull();
  });

  it('names unknown codes in French', () => {
    const r = contactCreateSchema.safeParse({ id, nature: 'bavardage', nbPersonnes: 0, public: 'bebe' });
    const byPath = Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath).toEqual({
      nature: 'Nature de contact inconnue.',
      nbPersonnes: 'Au moins 1 personne.',
      public: 'Public inconnu.',
    });
    expect(contactCreateSchema.parse({ id, nature: 'ecoute' })).toMatchObject({
      nbPersonnes: 1,
      public: 'inconnu',
      genre: 'non_precise',
    });
  });

  it('asks what to correct when sending an activity back', () => {
    expect(revueSchema.safeParse({ statut: 'a_corriger' }).error?.issues[0]?.message).toBe(
      'Dites ce qu’il faut corriger.',
    );
    expect(revueSchema.parse({ statut: 'validee' }).commentaire).toBeNull();
  });
});
