import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles';
import {
  activiteEditBlock,
  canBePresent,
  canEditActivite,
  canReviewActivite,
  canUnlockActivite,
} from './activite.rules';

const actor = (role: Role, userId = 'u1') => ({ role, userId });
const activite = { createdBy: 'author', mediateurIds: ['m1', 'm2'], verrouillee: false };

describe('main courante permissions', () => {
  it('lets the author and the mediators present edit, not other mediators', () => {
    expect(canEditActivite(actor('mediateur', 'author'), activite)).toBe(true);
    expect(canEditActivite(actor('mediateur', 'm2'), activite)).toBe(true);
    expect(activiteEditBlock(actor('mediateur', 'other'), activite)).toBe('interdit');
  });

  it('lets coordination, direction and admin edit any activity; never readers or partners', () => {
    for (const role of ['coordinateur', 'direction', 'admin'] as const) {
      expect(canEditActivite(actor(role), activite), role).toBe(true);
    }
    expect(canEditActivite(actor('lecteur', 'author'), activite)).toBe(false);
    expect(canEditActivite(actor('partenaire', 'm1'), activite)).toBe(false);
  });

  it('locks a validated activity for everyone, coordinators included, until unlocked', () => {
    const locked = { ...activite, verrouillee: true };
    expect(activiteEditBlock(actor('mediateur', 'author'), locked)).toBe('verrouillee');
    expect(activiteEditBlock(actor('coordinateur'), locked)).toBe('verrouillee');
    expect(activiteEditBlock(actor('mediateur', 'other'), locked)).toBe('interdit');
  });

  it('reserves review to coordination and unlocking to coordinators', () => {
    expect(canReviewActivite(actor('mediateur'))).toBe(false);
    expect(canReviewActivite(actor('direction'))).toBe(true);
    expect(canUnlockActivite(actor('coordinateur'))).toBe(true);
    expect(canUnlockActivite(actor('admin'))).toBe(false);
  });

  it('lists only mediators and coordinators as present', () => {
    expect(canBePresent('mediateur')).toBe(true);
    expect(canBePresent('coordinateur')).toBe(true);
    expect(canBePresent('direction')).toBe(false);
  });
});
