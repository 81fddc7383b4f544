import { describe, expect, it } from 'vitest';
import {
  absenceProblem,
  absentsParCreneau,
  avertissementsHeures,
  avertissementsRepos,
  type CreneauRegle,
  chevauchements,
  libelleCreneau,
  lundi,
  remplacants,
  travailIsoleProblem,
} from './planning.rules';

const at = (iso: string) => new Date(iso);
const shift = (
  id: string,
  debut: string,
  fin: string,
  mediateurIds: string[],
  o: Partial<CreneauRegle> = {},
) =>
  ({
    id,
    type: 'tournee',
    statut: 'prevu',
    debut: at(debut),
    fin: at(fin),
    mediateurIds,
    ...o,
  }) as CreneauRegle;
const noms = new Map([
  ['k', 'Karim Benali'],
  ['l', 'Léa Martin'],
  ['s', 'Sami Diallo'],
]);

describe('planning rules', () => {
  it('names a shift in Paris time, with the end day when it runs past midnight', () => {
    expect(libelleCreneau(shift('a', '2027-03-12T16:00:00Z', '2027-03-12T20:00:00Z', []))).toBe(
      'Tournée du 12/03/2027, 17:00–21:00',
    );
    expect(libelleCreneau(shift('a', '2027-07-10T20:00:00Z', '2027-07-10T23:30:00Z', []))).toBe(
      'Tournée du 10/07/2027, 22:00–11/07/2027 01:30',
    );
  });

  it('refuses a person in two shifts at once, naming the shift and the person', () => {
    const soir = shift('soir', '2027-03-12T16:00:00Z', '2027-03-12T20:00:00Z', ['k', 'l']);
    const reunion = shift('r', '2027-03-12T19:00:00Z', '2027-03-12T21:00:00Z', ['k'], { type: 'reunion' });
    expect(chevauchements(reunion, [soir], noms)).toEqual([
      {
        mediateurId: 'k',
        creneauId: 'soir',
        message: 'Karim Benali est déjà sur « Tournée du 12/03/2027, 17:00–21:00 » à ce moment.',
      },
    ]);
    // Back to back is not an overlap; a cancelled shift frees the person; the shift itself is skipped.
    const suite = shift('s2', '2027-03-12T20:00:00Z', '2027-03-12T21:00:00Z', ['k']);
    expect(chevauchements(suite, [soir], noms)).toEqual([]);
    expect(chevauchements(reunion, [{ ...soir, statut: 'annule' }], noms)).toEqual([]);
    expect(chevauchements(soir, [soir], noms)).toEqual([]);
  });

  it('keeps a tournée in pairs unless lone work is confirmed', () => {
    expect(travailIsoleProblem({ type: 'tournee', mediateurIds: ['k'] }, false)).toMatch(/à deux.*confirmez/);
    expect(travailIsoleProblem({ type: 'tournee', mediateurIds: [] }, true)).toBeNull();
    expect(travailIsoleProblem({ type: 'tournee', mediateurIds: ['k'] }, true)).toBeNull();
    expect(travailIsoleProblem({ type: 'tournee', mediateurIds: ['k', 'l'] }, false)).toBeNull();
    expect(travailIsoleProblem({ type: 'permanence', mediateurIds: ['k'] }, false)).toBeNull();
  });

  it('warns when rest between an evening and the next morning is under 11 hours', () => {
    const soir = shift('soir', '2027-03-12T18:00:00Z', '2027-03-12T22:00:00Z', ['k']); // 19:00–23:00
    const matin = shift('matin', '2027-03-13T07:00:00Z', '2027-03-13T11:00:00Z', ['k', 'l']); // 08:00
    const [w] = avertissementsRepos(matin, [soir], noms);
    expect(w?.mediateurId).toBe('k');
    expect(w?.message).toBe(
      'Karim Benali : 9 h de repos seulement entre « Tournée du 12/03/2027, 19:00–23:00 » et « Tournée du 13/03/2027, 08:00–12:00 » (11 h au minimum).',
    );
    // The same warning whichever shift is planned last; none with 11 hours; none within one day.
    expect(avertissementsRepos(soir, [matin], noms)).toHaveLength(1);
    const tard = shift('tard', '2027-03-13T09:00:00Z', '2027-03-13T12:00:00Z', ['k']);
    expect(avertissementsRepos(tard, [soir], noms)).toEqual([]);
    const apresMidi = shift('am', '2027-03-12T13:00:00Z', '2027-03-12T16:00:00Z', ['k']);
    expect(avertissementsRepos(apresMidi, [soir], noms)).toEqual([]);
  });

  it('warns when the week passes the contract hours, weeks read Monday to Sunday in Paris', () => {
    expect(lundi('2027-03-14')).toBe('2027-03-08'); // a Sunday
    expect(lundi('2027-03-15')).toBe('2027-03-15'); // a Monday
    const semaine = [8, 9, 10, 11].map((d) =>
      shift(
        `j${d}`,
        `2027-03-${String(d).padStart(2, '0')}T08:00:00Z`,
        `2027-03-${String(d).padStart(2, '0')}T16:00:00Z`,
        ['k', 'l'],
      ),
    ); // 4 × 8 h = 32 h
    const vendredi = shift('v', '2027-03-12T08:00:00Z', '2027-03-12T12:00:00Z', ['k', 'l']); // + 4 h = 36 h
    const contrats = new Map<string, number | null>([
      ['k', 35],
      ['l', null],
    ]);
    const out = avertissementsHeures(vendredi, semaine, contrats, noms);
    expect(out.map((w) => w.mediateurId)).toEqual(['k']);
    expect(out[0]?.message).toMatch(
      /^Karim Benali : 36 h planifiées la semaine du 08\/03\/2027, pour 35 h au contrat/,
    );
    // The next Monday is another week.
    const lundiSuivant = shift('n', '2027-03-15T08:00:00Z', '2027-03-15T12:00:00Z', ['k']);
    expect(avertissementsHeures(lundiSuivant, semaine, contrats, noms)).toEqual([]);
  });

  it('flags the shifts an absence touches and offers free colleagues, fewest hours first', () => {
    const soir = shift('soir', '2027-03-12T16:00:00Z', '2027-03-12T20:00:00Z', ['k', 'l']);
    const lAutre = shift('autre', '2027-03-12T17:00:00Z', '2027-03-12T19:00:00Z', ['s'], { type: 'reunion' });
    const absence = {
      id: 'abs',
      mediateurId: 'k',
      type: 'maladie' as const,
      debut: at('2027-03-11T23:00:00Z'),
      fin: at('2027-03-13T23:00:00Z'),
    };
    expect(absentsParCreneau([soir, lAutre], [absence])).toEqual(new Map([['soir', ['k']]]));
    const equipe = [
      { id: 'k', nom: 'Karim Benali' },
      { id: 'l', nom: 'Léa Martin' },
      { id: 's', nom: 'Sami Diallo' },
      { id: 'n', nom: 'Nadia Haddad' },
      { id: 'b', nom: 'Bruno Petit' },
    ];
    const bruno = shift('b1', '2027-03-08T08:00:00Z', '2027-03-08T12:00:00Z', ['b'], { type: 'permanence' });
    // k is on it, l too, s is busy at that time; n has no hours this week, b has 4.
    expect(remplacants(soir, equipe, [soir, lAutre, bruno], [absence])).toEqual([
      { id: 'n', nom: 'Nadia Haddad', heuresSemaine: 0 },
      { id: 'b', nom: 'Bruno Petit', heuresSemaine: 4 },
    ]);
    expect(
      remplacants(soir, [{ id: 'n', nom: 'Nadia Haddad' }], [soir], [{ ...absence, mediateurId: 'n' }]),
    ).toEqual([]);
  });

  it('lets a mediator record their own absences, but not sick leave; coordination records any', () => {
    const med = { role: 'mediateur' as const, userId: 'k' };
    expect(absenceProblem(med, { mediateurId: 'k', type: 'conge' })).toBeNull();
    expect(absenceProblem(med, { mediateurId: 'l', type: 'conge' })).toMatch(/vos propres absences/);
    expect(absenceProblem(med, { mediateurId: 'k', type: 'maladie' })).toMatch(/coordination/);
    expect(
      absenceProblem({ role: 'coordinateur', userId: 'c' }, { mediateurId: 'k', type: 'maladie' }),
    ).toBeNull();
    expect(
      absenceProblem({ role: 'partenaire', userId: 'p' }, { mediateurId: 'p', type: 'conge' }),
    ).not.toBeNull();
  });
});
