import { describe, expect, it } from 'vitest';
import { projetsQuery } from '../api/get-projets';
import { ongletOptions } from './projet-filters';

describe('status choices of the projects list', () => {
  it('counts each status, the open ones and all, once every count is known', () => {
    const options = ongletOptions({ idee: 2, accompagne: 5, realise: 1, abandonne: 0 });
    expect(options.map((o) => o.label)).toEqual([
      'En cours (idée, accompagné) (7)',
      'Idée (2)',
      'Accompagné (5)',
      'Réalisé (1)',
      'Abandonné (0)',
      'Tous les statuts (8)',
    ]);
  });

  it('says no sum while a count is loading', () => {
    const [ouverts, , , , , tous] = ongletOptions({
      idee: 2,
      accompagne: undefined,
      realise: 1,
      abandonne: 0,
    });
    expect(ouverts?.label).toBe('En cours (idée, accompagné)');
    expect(tous?.label).toBe('Tous les statuts');
  });

  it('asks the server for the open ones by default, all with ouverts=false, or one status', () => {
    const base = { q: ' café ', territoireId: null };
    expect(projetsQuery({ ...base, onglet: 'ouverts' })).toEqual({
      q: 'café',
      territoireId: undefined,
      statut: undefined,
      ouverts: undefined,
    });
    expect(projetsQuery({ ...base, onglet: 'tous' })).toMatchObject({ ouverts: 'false', statut: undefined });
    expect(projetsQuery({ ...base, onglet: 'realise' })).toMatchObject({
      statut: 'realise',
      ouverts: undefined,
    });
  });
});
