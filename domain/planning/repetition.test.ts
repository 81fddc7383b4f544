import { describe, expect, it } from 'vitest';
import { jourSemaine, occurrences, repetitionError } from './repetition';

const hours = (o: { debut: Date; fin: Date }) => (o.fin.getTime() - o.debut.getTime()) / 3_600_000;

describe('repeating shifts', () => {
  it('makes every Tuesday and Friday, 17:00–21:00 Paris, until a day', () => {
    expect(jourSemaine('2027-03-02')).toBe(2); // a Tuesday
    // Tuesday 2 March 2027, 17:00 Paris = 16:00 UTC (winter).
    const list = occurrences(new Date('2027-03-02T16:00:00Z'), new Date('2027-03-02T20:00:00Z'), {
      jours: [2, 5],
      jusquau: '2027-04-02',
    });
    expect(list.map((o) => o.jour)).toEqual([
      '2027-03-02',
      '2027-03-05',
      '2027-03-09',
      '2027-03-12',
      '2027-03-16',
      '2027-03-19',
      '2027-03-23',
      '2027-03-26',
      '2027-03-30',
      '2027-04-02',
    ]);
    // After the spring change (28 March 2027) 17:00 Paris is 15:00 UTC: same wall clock.
    expect(list.at(-1)?.debut.toISOString()).toBe('2027-04-02T15:00:00.000Z');
    expect(list.every((o) => hours(o) === 4)).toBe(true);
  });

  it('gives a night across a clock change its real length', () => {
    // Saturdays 22:00 → Sundays 03:00 Paris; the clock jumps from 02:00 to 03:00 on 28 March 2027.
    const spring = occurrences(new Date('2027-03-20T21:00:00Z'), new Date('2027-03-21T02:00:00Z'), {
      jours: [6],
      jusquau: '2027-03-27',
    });
    expect(spring.map(hours)).toEqual([5, 4]); // 22:00 → 03:00 is 5 h, then 4 h the night of the change
    const autumn = occurrences(new Date('2027-10-23T20:00:00Z'), new Date('2027-10-24T01:00:00Z'), {
      jours: [6],
      jusquau: '2027-10-30',
    });
    expect(autumn.map(hours)).toEqual([5, 6]); // 22:00 → 03:00 gains the hour on 31 October
  });

  it('refuses a repetition ending before the first day or longer than a year', () => {
    const d = new Date('2027-03-02T16:00:00Z');
    expect(repetitionError(d, '2027-03-01')).toBe(
      'La répétition doit finir après le premier jour (02/03/2027).',
    );
    expect(repetitionError(d, '2028-03-10')).toBe('Une répétition couvre au plus un an.');
    expect(repetitionError(d, '2027-06-30')).toBeNull();
    expect(occurrences(d, new Date('2027-03-02T20:00:00Z'), null)).toHaveLength(1);
  });
});
