import { describe, expect, it } from 'vitest';
import {
  canAddEtapeProjet,
  canCreateProjet,
  canDeleteEtapeProjet,
  canManageProjet,
  canReadProjets,
  transitionProjetError,
} from './projet.rules';
import { PROJET_STATUTS } from './projet.taxonomies';

describe('projects: status transitions', () => {
  it('allows the path idee → accompagne → realise | abandonne, and taking up an abandoned one', () => {
    expect(transitionProjetError('idee', 'accompagne')).toBeNull();
    expect(transitionProjetError('accompagne', 'realise')).toBeNull();
    expect(transitionProjetError('accompagne', 'abandonne')).toBeNull();
    expect(transitionProjetError('idee', 'abandonne')).toBeNull();
    expect(transitionProjetError('abandonne', 'accompagne')).toBeNull();
  });

  it('treats the same status as no change', () => {
    for (const s of PROJET_STATUTS) expect(transitionProjetError(s, s)).toBeNull();
  });

  it('refuses skipping the support and leaving a carried-out project, in French', () => {
    expect(transitionProjetError('idee', 'realise')).toBe(
      'Un projet idée ne peut pas passer à « réalisé » : statut possible « accompagné » ou « abandonné ».',
    );
    expect(transitionProjetError('realise', 'accompagne')).toBe(
      'Un projet réalisé ne change plus de statut.',
    );
    expect(transitionProjetError('abandonne', 'realise')).toMatch(/« accompagné »/);
    expect(transitionProjetError('accompagne', 'idee')).not.toBeNull();
  });
});

describe('projects: roles', () => {
  const as = (role: 'mediateur' | 'coordinateur' | 'direction' | 'admin' | 'partenaire' | 'lecteur') => ({
    role,
    userId: 'u1',
  });

  it('lets staff read, field roles create and add steps, coordination manage, partners nothing', () => {
    expect(canReadProjets(as('direction'))).toBe(true);
    expect(canReadProjets(as('partenaire'))).toBe(false);
    expect(canCreateProjet(as('mediateur'))).toBe(true);
    expect(canCreateProjet(as('direction'))).toBe(false);
    expect(canAddEtapeProjet(as('lecteur'))).toBe(false);
    expect(canManageProjet(as('coordinateur'))).toBe(true);
    expect(canManageProjet(as('mediateur'))).toBe(false);
  });

  it('lets a mediator remove only the steps they recorded', () => {
    expect(canDeleteEtapeProjet(as('mediateur'), { createdBy: 'u1' })).toBe(true);
    expect(canDeleteEtapeProjet(as('mediateur'), { createdBy: 'u2' })).toBe(false);
    expect(canDeleteEtapeProjet(as('coordinateur'), { createdBy: 'u2' })).toBe(true);
  });
});
