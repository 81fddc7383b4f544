import { describe, expect, it } from 'vitest';
import { graphiqueDescription, graphiquesDeTableaux, niceMax, part } from './rapport.charts';
import type { Tableau } from './rapport.tables';

type Ligne = [code: string, label: string, ...valeurs: number[]];
const t = (feuille: string, colonnes: string[], lignes: Ligne[]): Tableau => ({
  feuille,
  titre: feuille,
  colonnes: ['Code', 'Libellé', ...colonnes],
  lignes,
});

/** The tables a report gives (rapport.tables), with only the figures the charts read. */
function tableaux(o: { presence: number; jour: number; soiree: number; qpv: number }): Tableau[] {
  return [
    t('Synthese', ['Valeur'], [['activites', 'Activités', 3]]),
    t(
      'Cadres',
      ['Activités', 'Heures'],
      [
        ['tournee', 'Tournée', 2, 7.5],
        ['autre', 'Autre', 0, 0],
      ],
    ),
    t(
      'Creneaux',
      ['Heures'],
      [
        ['jour', 'Jour', o.jour],
        ['soiree', 'Soirée', o.soiree],
        ['week_end', 'Week-end', 0],
      ],
    ),
    t(
      'Registres',
      ['Personnes'],
      [
        ['presence', 'Présence', o.presence],
        ['conflit', 'Conflit', 3],
        ['projet', 'Projet', 0],
      ],
    ),
    t('QPV', ['Activités', 'Heures', 'Personnes'], [['QN01342I', 'Malpassé', 1, 2, o.qpv]]),
  ];
}

describe('report charts', () => {
  const [registres, creneaux, cadres, qpv] = graphiquesDeTableaux(
    tableaux({ presence: 12, jour: 4.25, soiree: 0, qpv: 40 }),
    tableaux({ presence: 8, jour: 0, soiree: 130, qpv: 0 }),
  );

  it('pairs each code with last year and leaves out bars zero in both periods', () => {
    expect(registres).toMatchObject({
      id: 'g-registres',
      titre: 'Personnes par registre',
      unite: 'personnes',
    });
    expect(registres!.series).toEqual(['Période', 'An passé']);
    expect(registres!.barres).toEqual([
      { code: 'presence', label: 'Présence', valeurs: [12, 8] },
      { code: 'conflit', label: 'Conflit', valeurs: [3, 3] },
    ]);
    expect(creneaux!.barres.map((b) => [b.code, ...b.valeurs])).toEqual([
      ['jour', 4.25, 0],
      ['soiree', 0, 130],
    ]);
    expect(cadres!.barres).toEqual([{ code: 'tournee', label: 'Tournée', valeurs: [7.5, 7.5] }]);
    expect(qpv!.barres).toEqual([{ code: 'QN01342I', label: 'Malpassé', valeurs: [40, 0] }]);
  });

  it('ends the axis on a round number at or above the largest value', () => {
    expect([registres!.max, creneaux!.max, cadres!.max, qpv!.max]).toEqual([20, 200, 10, 50]);
    expect([niceMax(0), niceMax(1), niceMax(2.1), niceMax(0.3), niceMax(1001)]).toEqual([
      1, 1, 2.5, 0.5, 2000,
    ]);
    expect([part(5, 20), part(30, 20), part(-1, 20), part(1, 0)]).toEqual([0.25, 1, 0, 0]);
  });

  it('describes every figure in French for screen readers', () => {
    expect(graphiqueDescription(creneaux!)).toBe(
      'Heures de présence par créneau, en heures, période et an passé : Jour 4,25 (an passé 0) ; Soirée 0 (an passé 130).',
    );
    expect(graphiqueDescription({ ...qpv!, barres: [] })).toBe(
      'Personnes par QPV : aucune donnée sur les deux périodes.',
    );
  });
});
