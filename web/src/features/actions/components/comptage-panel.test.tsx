import type { ParticipationView } from '@domain/actions/action.schema';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from '../../../../test/act';
import type { OutboxRequest } from '../../../lib/outbox';

// React's act() outside a test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const sent: OutboxRequest[] = [];
vi.mock('../../../lib/outbox', () => ({ enqueue: async (r: OutboxRequest) => void sent.push(r) }));

// Mantine's first transform is slow in jsdom: done once before the timed tests.
beforeAll(async () => void (await import('@mantine/core')), 60_000);

let root: Root;
let host: HTMLDivElement;
beforeEach(() => {
  vi.useFakeTimers();
  // jsdom has no media queries; Mantine asks for the colour scheme.
  vi.stubGlobal('matchMedia', () => ({
    matches: false,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
  sent.length = 0;
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.useRealTimers();
});

const serveur: ParticipationView = {
  comptes: [{ public: 'senior', genre: 'homme', nombre: 3 }],
  total: 3,
  par_public: { enfant: 0, jeune: 0, jeune_adulte: 0, adulte: 0, senior: 3, inconnu: 0 },
  par_genre: { femme: 0, homme: 3, non_precise: 0 },
};

async function render(onDone = vi.fn()) {
  // Imported after the setup's module reset, as the panel is: one Mantine, one context.
  const { MantineProvider } = await import('@mantine/core');
  const { ComptagePanel } = await import('./comptage-panel');
  act(() =>
    root.render(
      <MantineProvider>
        <ComptagePanel userId="u1" actionId="a1" titre="Fête de quartier" serveur={serveur} onDone={onDone} />
      </MantineProvider>,
    ),
  );
}
const button = (name: string) => host.querySelector(`button[aria-label="${name}"]`) as HTMLButtonElement;
const total = () => host.querySelector('[role="status"]')?.textContent;

describe('the door counter', () => {
  it('starts from the server’s counts, counts each tap at once, and sends the whole tally once after the burst', async () => {
    await render();
    expect(total()).toBe('Total : 3');
    const plus = button('Ajouter une personne : Femme, Jeune (12–17 ans)');
    for (let i = 0; i < 4; i += 1) act(() => plus.click());
    act(() => button('Retirer une personne : Homme, Senior (60 ans et plus)').click());
    expect(total()).toBe('Total : 6');
    expect(sent).toEqual([]);
    await act(async () => {
      vi.advanceTimersByTime(1000);
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      method: 'PUT',
      path: '/api/actions/a1/participation',
      anonyme: true,
      body: {
        comptes: [
          { public: 'jeune', genre: 'femme', nombre: 4 },
          { public: 'senior', genre: 'homme', nombre: 2 },
        ],
      },
    });
  });

  it('sends what is left at « Terminer », without waiting', async () => {
    const onDone = vi.fn();
    await render(onDone);
    act(() => button('Ajouter une personne : Femme, Adulte (26–59 ans)').click());
    await act(async () => {
      [...host.querySelectorAll('button')].find((b) => b.textContent === 'Terminer')?.click();
    });
    expect(onDone).toHaveBeenCalledOnce();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toEqual({
      comptes: [
        { public: 'adulte', genre: 'femme', nombre: 1 },
        { public: 'senior', genre: 'homme', nombre: 3 },
      ],
    });
  });
});
