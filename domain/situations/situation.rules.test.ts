import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../auth/roles';
import {
  addDays,
  assignmentProblem,
  closureProblem,
  impartialityWarnings,
  isFollowUpOverdue,
  jointMeetingProblem,
  outcomeShared,
  proposedFollowUp,
  reopenProblem,
  SITUATION_FIELDS,
  type SituationAccess,
  situationAccess,
  statusAfter,
  stepProblem,
  visibleFields,
} from './situation.rules';

const S = 'structure-1';
const T = 'territoire-1';
const facts = {
  structureId: S,
  territoryId: T,
  referrerPartnerId: 'bailleur-1',
  assignedMediatorIds: ['med-1'],
};
const actor = (role: Role, o: Partial<Actor> = {}): Actor => ({
  userId: 'u',
  structureId: S,
  role,
  partnerId: null,
  territoryIds: null,
  ...o,
});

describe('confidentiality matrix', () => {
  const cases: Array<[string, Actor, SituationAccess]> = [
    ['assigned mediator', actor('mediateur', { userId: 'med-1' }), 'complet'],
    [
      'assigned mediator outside their territories',
      actor('mediateur', { userId: 'med-1', territoryIds: [] }),
      'complet',
    ],
    ['other mediator of the territory', actor('mediateur', { userId: 'med-2' }), 'existence'],
    [
      'mediator of another territory',
      actor('mediateur', { userId: 'med-3', territoryIds: ['autre'] }),
      'aucun',
    ],
    ['coordinator', actor('coordinateur'), 'complet'],
    ['coordinator of another territory', actor('coordinateur', { territoryIds: ['autre'] }), 'aucun'],
    ['direction', actor('direction'), 'complet'],
    ['admin', actor('admin'), 'existence'],
    ['reader', actor('lecteur'), 'existence'],
    ['referring partner', actor('partenaire', { partnerId: 'bailleur-1' }), 'saisissant'],
    ['other partner', actor('partenaire', { partnerId: 'ville-1' }), 'aucun'],
    ['coordinator of another structure', actor('coordinateur', { structureId: 'autre' }), 'aucun'],
  ];
  it.each(cases)('%s', (_, a, expected) => expect(situationAccess(a, facts)).toBe(expected));

  const expectations: Record<SituationAccess, (f: string, shared: boolean) => boolean> = {
    complet: () => true,
    existence: (f) => ['id', 'kind', 'territoireId', 'qpvCode', 'statut'].includes(f),
    saisissant: (f, shared) =>
      ['id', 'kind', 'territoireId', 'qpvCode', 'statut', 'dateSaisine'].includes(f) ||
      (f === 'issue' && shared),
    aucun: () => false,
  };
  for (const access of ['complet', 'existence', 'saisissant', 'aucun'] as const) {
    for (const shared of [false, true]) {
      it(`${access} (outcome shared: ${shared}) sees exactly its fields`, () => {
        const seen = visibleFields(access, { outcomeShared: shared });
        for (const f of SITUATION_FIELDS)
          expect([f, seen.has(f)]).toEqual([f, expectations[access](f, shared)]);
      });
    }
  }

  it('shares the outcome only when every demandeur and mis en cause agreed', () => {
    expect(outcomeShared([])).toBe(false);
    expect(
      outcomeShared([
        { role: 'demandeur', partageIssue: true },
        { role: 'mis_en_cause', partageIssue: false },
      ]),
    ).toBe(false);
    expect(
      outcomeShared([
        { role: 'demandeur', partageIssue: true },
        { role: 'mis_en_cause', partageIssue: true },
        { role: 'tiers', partageIssue: false },
      ]),
    ).toBe(true);
  });
});

describe('consent', () => {
  const dem = {
    role: 'demandeur' as const,
    consentement: 'accorde' as const,
    dateConsentement: '2026-03-01',
  };
  const mis = {
    role: 'mis_en_cause' as const,
    consentement: 'accorde' as const,
    dateConsentement: '2026-03-02',
  };
  it('allows a joint meeting once both sides consented', () => {
    expect(jointMeetingProblem([dem, mis], '2026-03-05')).toBeNull();
  });
  it('refuses without the consent of both sides', () => {
    expect(jointMeetingProblem([dem], '2026-03-05')).toMatch(/au moins un demandeur et un mis en cause/);
    expect(jointMeetingProblem([dem, { ...mis, consentement: 'en_attente' }], '2026-03-05')).toMatch(
      /consentement/,
    );
    expect(jointMeetingProblem([{ ...dem, consentement: 'refuse' }, mis], '2026-03-05')).toMatch(
      /consentement/,
    );
    expect(
      jointMeetingProblem([dem, mis, { ...mis, consentement: 'en_attente' }], '2026-03-05'),
    ).not.toBeNull();
  });
  it('ignores third parties and refuses a meeting dated before a consent', () => {
    const tiers = { role: 'tiers' as const, consentement: 'en_attente' as const, dateConsentement: null };
    expect(jointMeetingProblem([dem, mis, tiers], '2026-03-05')).toBeNull();
    expect(jointMeetingProblem([dem, mis], '2026-03-01')).toMatch(/précéder/);
  });
});

describe('step order', () => {
  const open = { kind: 'voisinage_bruit' as const, statut: 'en_cours' as const, dateSaisine: '2026-03-01' };
  const today = '2026-04-01';
  it('accepts a step between saisine and today', () => {
    expect(stepProblem(open, 'entretien_individuel', '2026-03-10', today)).toBeNull();
  });
  it('refuses steps on a closed situation, in the future, before saisine, or saisine/cloture directly', () => {
    expect(stepProblem({ ...open, statut: 'cloturee' }, 'suivi', '2026-03-10', today)).toMatch(/rouvrez/);
    expect(stepProblem(open, 'suivi', '2026-05-01', today)).toMatch(/futur/);
    expect(stepProblem(open, 'suivi', '2026-02-01', today)).toMatch(/précéder/);
    expect(stepProblem(open, 'cloture', '2026-03-10', today)).not.toBeNull();
  });
  it('keeps intrafamilial situations to orientation', () => {
    const intra = { ...open, kind: 'intrafamilial' as const };
    for (const step of ['rencontre_mediation', 'navette', 'accord', 'suivi'] as const) {
      expect(stepProblem(intra, step, '2026-03-10', today)).toMatch(/intrafamiliale/);
    }
    expect(stepProblem(intra, 'entretien_individuel', '2026-03-10', today)).toBeNull();
    expect(closureProblem(intra, 'resolu', '2026-03-10', today)).toMatch(/intrafamiliale/);
    expect(closureProblem(intra, 'oriente', '2026-03-10', today)).toBeNull();
  });
  it('never closes without an outcome, nor twice; reopens only a closed situation', () => {
    expect(closureProblem(open, null, '2026-03-10', today)).toMatch(/issue est obligatoire/);
    expect(closureProblem(open, 'apaise', '2026-03-10', today)).toBeNull();
    expect(closureProblem({ ...open, statut: 'cloturee' }, 'apaise', '2026-03-10', today)).toMatch(/déjà/);
    expect(reopenProblem(open)).not.toBeNull();
    expect(reopenProblem({ statut: 'cloturee' })).toBeNull();
  });
  it('moves the status with the steps', () => {
    expect(statusAfter('entretien_individuel', 'ouverte')).toBe('en_cours');
    expect(statusAfter('accord', 'en_cours')).toBe('en_suivi');
    expect(statusAfter('suivi', 'en_suivi')).toBe('en_suivi');
    expect(statusAfter('cloture', 'en_suivi')).toBe('cloturee');
  });
});

describe('follow-up', () => {
  it('proposes a follow-up four weeks after the agreement, across months and years', () => {
    expect(proposedFollowUp('2026-03-10')).toBe('2026-04-07');
    expect(proposedFollowUp('2026-12-20')).toBe('2027-01-17');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });
  it('is overdue after its date, unless closed', () => {
    expect(isFollowUpOverdue({ statut: 'en_suivi', dateSuivi: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isFollowUpOverdue({ statut: 'en_suivi', dateSuivi: '2026-03-02' }, '2026-03-02')).toBe(false);
    expect(isFollowUpOverdue({ statut: 'cloturee', dateSuivi: '2026-03-01' }, '2026-03-02')).toBe(false);
    expect(isFollowUpOverdue({ statut: 'en_cours', dateSuivi: null }, '2026-03-02')).toBe(false);
  });
});

describe('impartiality', () => {
  const links = [
    { userId: 'med-1', kind: 'meme_residence' as const, placeId: 'tour-k', partyId: null },
    { userId: 'med-2', kind: 'famille' as const, placeId: null, partyId: 'menage-a' },
  ];
  it('warns for a link to the place or to a party of the mediators assigned', () => {
    expect(impartialityWarnings(links, { placeId: 'tour-k', partyIds: [] }, ['med-1'])).toEqual([
      { mediateurId: 'med-1', lien: 'meme_residence', cible: 'lieu', cibleId: 'tour-k' },
    ]);
    expect(
      impartialityWarnings(links, { placeId: null, partyIds: ['menage-a'] }, ['med-1', 'med-2']),
    ).toEqual([{ mediateurId: 'med-2', lien: 'famille', cible: 'partie', cibleId: 'menage-a' }]);
    expect(
      impartialityWarnings(links, { placeId: 'square', partyIds: ['menage-b'] }, ['med-1', 'med-2']),
    ).toEqual([]);
  });
  it('requires the coordinator and a justification when warned', () => {
    const w = impartialityWarnings(links, { placeId: 'tour-k', partyIds: [] }, ['med-1']);
    expect(assignmentProblem({ role: 'mediateur' }, w, 'je connais')).toMatch(/coordination doit attribuer/);
    expect(assignmentProblem({ role: 'coordinateur' }, w, null)).toMatch(/justification/);
    expect(assignmentProblem({ role: 'coordinateur' }, w, 'Seule arabophone de l’équipe')).toBeNull();
    expect(assignmentProblem({ role: 'mediateur' }, [], null)).toBeNull();
  });
});
