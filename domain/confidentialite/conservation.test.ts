import { describe, expect, it } from 'vitest';
import { CONSERVATION_DEFAUTS, dureeConservation, periodesDe } from './conservation';

describe('retention periods', () => {
  it('takes a structure’s shorter choice, never a longer one nor a malformed one', () => {
    expect(
      periodesDe({ personnes: 12, photos: 3, sessions: 9, situations: 2.5, auditLectures: 'x' }),
    ).toEqual({
      personnes: 12,
      situations: 24,
      photos: 3,
      auditLectures: 12,
      auditModifications: 60,
      sessions: 6,
    });
    expect(periodesDe(null).personnes).toBe(CONSERVATION_DEFAUTS.personnes.mois);
  });

  it('says a period in French', () => {
    expect(dureeConservation(CONSERVATION_DEFAUTS.personnes)).toBe('2 ans après le dernier contact');
    expect(dureeConservation(CONSERVATION_DEFAUTS.photos)).toBe('1 an après la clôture du signalement');
    expect(dureeConservation(CONSERVATION_DEFAUTS.sessions)).toBe('6 mois après la connexion');
  });
});
