import { describe, expect, it, vi } from 'vitest';
import type { OutboxRequest } from '../../../lib/outbox';

const sent: OutboxRequest[] = [];
vi.mock('../../../lib/outbox', () => ({ enqueue: async (r: OutboxRequest) => void sent.push(r) }));

/** The store as a fresh page load finds it: module memory gone, localStorage kept. */
async function load() {
  vi.resetModules();
  return import('./tournee');
}

const start = {
  userId: 'u1',
  cadre: 'tournee' as const,
  territoireId: 't1',
  secteurId: null,
  lieuId: null,
  mediateurIds: ['u1', 'u2'],
  creneauId: 'c1',
};

describe('tournée in progress on the phone', () => {
  it('starts with the planned shift linked, and survives a reload', async () => {
    sent.length = 0;
    const store = await load();
    const t = store.demarrer(start);
    expect(sent[0]).toMatchObject({
      method: 'POST',
      path: '/api/activites',
      body: { id: t.id, cadre: 'tournee', creneauId: 'c1', mediateurIds: ['u1', 'u2'] },
    });
    const reloaded = await load();
    const again = reloaded.noterContact(t, 'ecoute');
    expect(JSON.parse(localStorage.getItem('trame.tournee') ?? 'null')).toMatchObject({
      id: t.id,
      contacts: [{ id: again.id, nature: 'ecoute' }],
    });
  });

  it('keeps both of two taps made on the same rendered copy (no tap overwrites another)', async () => {
    sent.length = 0;
    const store = await load();
    const rendered = store.demarrer({ ...start, creneauId: null });
    store.noterContact(rendered, 'ecoute');
    store.noterContact(rendered, 'lien_social'); // the component had not re-rendered yet
    const stored = JSON.parse(localStorage.getItem('trame.tournee') ?? 'null');
    expect(stored.contacts.map((c: { nature: string }) => c.nature)).toEqual(['ecoute', 'lien_social']);
    expect(sent.map((r) => r.label)).toEqual(['Démarrage de la tournée', 'Contact', 'Contact']);
    expect(sent[0]?.body).not.toHaveProperty('creneauId');
  });

  it('carries the last public and genre on within a tournée, and counts people by nature', async () => {
    const store = await load();
    let t = store.demarrer(start);
    store.changerReglage(t, { nbPersonnes: 3, public: 'jeune', genre: 'femme' });
    t = JSON.parse(localStorage.getItem('trame.tournee') ?? 'null');
    const c = store.noterContact(t, 'ecoute');
    expect(c).toMatchObject({ nbPersonnes: 3, public: 'jeune', genre: 'femme' });
    store.noterContact(t, 'ecoute');
    t = JSON.parse(localStorage.getItem('trame.tournee') ?? 'null');
    expect(store.reglageRepris(t.contacts)).toEqual({ nbPersonnes: 1, public: 'jeune', genre: 'femme' });
    const figures = store.compter(t);
    expect(figures).toMatchObject({ contacts: 2, personnes: 6 });
    expect(figures.parNature.get('ecoute')).toBe(2);
  });

  it('cancels a contact locally and on the server, and forgets the tournée when it ends', async () => {
    sent.length = 0;
    const store = await load();
    const t = store.demarrer(start);
    const c = store.noterContact(t, 'ecoute');
    store.annulerContact(t, c.id);
    expect(JSON.parse(localStorage.getItem('trame.tournee') ?? 'null').contacts).toEqual([]);
    store.terminer(t);
    expect(localStorage.getItem('trame.tournee')).toBeNull();
    expect(sent.map((r) => `${r.method} ${r.path.replace(t.id, 'ID')}`)).toEqual([
      'POST /api/activites',
      'POST /api/activites/ID/contacts',
      `DELETE /api/activites/ID/contacts/${c.id}`,
      'POST /api/activites/ID/terminer',
    ]);
  });
});
