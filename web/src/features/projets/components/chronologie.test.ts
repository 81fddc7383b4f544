import type { EtapeProjetView, FinancementView, ProjetView } from '@domain/projets/projet.schema';
import { describe, expect, it } from 'vitest';
import { chronologie, eurosFr, heuresFr, reponseFinanceur } from './chronologie';

const etape = (id: string, date: string): EtapeProjetView => ({
  type: 'etape',
  id,
  date,
  kind: 'rencontre',
  heures: 2,
  note: null,
  mediateurs: [],
  creePar: null,
});
const financement = (id: string, date: string, montantObtenu: number | null): FinancementView => ({
  type: 'financement',
  id,
  date,
  financeur: { id: null, nom: 'Fondation de France' },
  montantSollicite: 1500,
  montantObtenu,
});

describe('chronologie', () => {
  it('merges creation, status changes, steps and funding, newest first (Paris days)', () => {
    const p: Pick<ProjetView, 'chronologie' | 'statuts' | 'creeLe'> = {
      // 23:30 UTC on 1 March is 2 March in Paris.
      creeLe: '2026-03-01T23:30:00.000Z',
      statuts: [
        { statut: 'accompagne', le: '2026-04-10T08:00:00.000Z' },
        { statut: 'idee', le: '2026-03-01T23:30:00.000Z' },
      ],
      // The server's order: newest first.
      chronologie: [
        financement('f1', '2026-05-02', null),
        etape('e2', '2026-04-10'),
        etape('e1', '2026-03-15'),
      ],
    };
    const list = chronologie(p);
    expect(list.map((e) => `${e.type}:${e.date}`)).toEqual([
      'financement:2026-05-02',
      // A step of the day the status changed reads after the change (it sorts at the day's end).
      'etape:2026-04-10',
      'statut:2026-04-10',
      'etape:2026-03-15',
      'creation:2026-03-02',
    ]);
    expect(list.find((e) => e.type === 'statut')).toMatchObject({ de: 'idee', statut: 'accompagne' });
    expect(list.at(-1)).toMatchObject({ type: 'creation', statut: 'idee' });
  });

  it('keeps the server order among entries of the same day', () => {
    const list = chronologie({
      creeLe: '2026-01-01T10:00:00.000Z',
      statuts: [{ statut: 'accompagne', le: '2026-01-01T10:00:00.000Z' }],
      chronologie: [etape('b', '2026-02-01'), etape('a', '2026-02-01')],
    });
    expect(list.map((e) => e.id)).toEqual(['b', 'a', 'creation']);
    expect(list.at(-1)).toMatchObject({ statut: 'accompagne' });
  });
});

describe('figures in French', () => {
  it('writes hours and euros as a French reader does', () => {
    expect(heuresFr(2.5)).toBe('2,5 h');
    expect(eurosFr(1500).replace(/\s/g, ' ')).toBe('1 500,00 €');
  });

  it('reads the funder answer: waiting, refused at 0, obtained', () => {
    expect(reponseFinanceur({ montantObtenu: null })).toBe('attente');
    expect(reponseFinanceur({ montantObtenu: 0 })).toBe('refuse');
    expect(reponseFinanceur({ montantObtenu: 800 })).toBe('obtenu');
  });
});
