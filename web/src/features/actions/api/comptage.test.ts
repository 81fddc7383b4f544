import { describe, expect, it, vi } from 'vitest';
import type { OutboxRequest } from '../../../lib/outbox';

const sent: OutboxRequest[] = [];
vi.mock('../../../lib/outbox', () => ({ enqueue: async (r: OutboxRequest) => void sent.push(r) }));

/** The modules as a fresh page load finds them: memory gone, localStorage kept. */
async function load() {
  vi.resetModules();
  return { store: await import('./comptage'), put: await import('./put-participation') };
}

const base = { actionId: 'a1', userId: 'u1', titre: 'Atelier numérique', comptes: {}, envoye: true };

describe('counting at the door', () => {
  it('never counts below zero, and totals every pair', async () => {
    const { store } = await load();
    let t = store.compter({}, 'adulte', 'femme', -1);
    expect(t).toEqual({ 'adulte/femme': 0 });
    t = store.compter(t, 'adulte', 'femme', 1);
    t = store.compter(t, 'adulte', 'femme', 1);
    t = store.compter(t, 'enfant', 'homme', 1);
    expect(store.totalDe(t)).toBe(3);
  });

  it('sends lines in the taxonomies order, those at 0 left out, and reads them back', async () => {
    const { store } = await load();
    const lignes = store.versLignes({ 'senior/homme': 2, 'enfant/femme': 1, 'adulte/femme': 0 });
    expect(lignes).toEqual([
      { public: 'enfant', genre: 'femme', nombre: 1 },
      { public: 'senior', genre: 'homme', nombre: 2 },
    ]);
    expect(store.depuisLignes(lignes)).toEqual({ 'enfant/femme': 1, 'senior/homme': 2 });
  });

  it('counts two taps made on one stale render, keeps them through a reload, then sends the whole tally once', async () => {
    sent.length = 0;
    const { store } = await load();
    store.ecrireComptage(base);
    // Both taps start from the copy rendered before either.
    store.taper(base, 'jeune', 'femme', 1);
    store.taper(base, 'jeune', 'femme', 1);
    const reloaded = await load();
    const kept = reloaded.store.lireComptage('u1', 'a1');
    expect(kept).toMatchObject({ titre: 'Atelier numérique', comptes: { 'jeune/femme': 2 }, envoye: false });
    await reloaded.put.envoyerComptage('u1', 'a1');
    await reloaded.put.envoyerComptage('u1', 'a1');
    expect(sent).toEqual([
      {
        userId: 'u1',
        method: 'PUT',
        path: '/api/actions/a1/participation',
        label: 'Comptage à l’entrée',
        anonyme: true,
        body: { comptes: [{ public: 'jeune', genre: 'femme', nombre: 2 }] },
      },
    ]);
    expect(reloaded.store.lireComptage('u1', 'a1')?.envoye).toBe(true);
  });

  it('keeps one tally per user on a shared phone', async () => {
    const { store } = await load();
    store.ecrireComptage(base);
    store.taper(base, 'adulte', 'homme', 1);
    expect(store.lireComptage('u2', 'a1')).toBeNull();
  });
});
