import { describe, expect, it } from 'vitest';
import { syncLabel } from './sync-indicator';

describe('the sync indicator’s words', () => {
  const nothing = { pending: 0, online: true, refused: [] };

  it('says nothing before the phone’s store is read: « Envoyé » could be a lie at a page load', () => {
    expect(syncLabel({ ...nothing, loaded: false })).toBe('…');
    expect(syncLabel({ ...nothing, pending: 3, loaded: false })).toBe('…');
  });

  it('then says where things stand', () => {
    expect(syncLabel({ ...nothing, loaded: true })).toBe('Tout est envoyé');
    expect(syncLabel({ ...nothing, pending: 3, loaded: true })).toBe('3 en attente');
    expect(syncLabel({ ...nothing, online: false, loaded: true })).toBe('Hors ligne, rien en attente');
  });
});
