import { describe, expect, it } from 'vitest';
import {
  addDays,
  creneau,
  dureeMinutes,
  joursFeries,
  paques,
  parisDate,
  parisInstant,
  parisTime,
} from './creneau';

const at = (iso: string) => new Date(iso);

describe('Paris wall clock', () => {
  it('reads winter and summer instants in Europe/Paris', () => {
    expect(parisTime(at('2026-01-15T07:30:00Z'))).toBe('08:30');
    expect(parisTime(at('2026-07-15T07:30:00Z'))).toBe('09:30');
    expect(parisDate(at('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('turns a Paris date and time into an instant, across both clock changes', () => {
    expect(parisInstant('2026-03-28', '21:00').toISOString()).toBe('2026-03-28T20:00:00.000Z');
    expect(parisInstant('2026-03-29', '01:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(parisInstant('2026-03-29', '03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 does not exist on 29 March: moved forward like the clocks, to 03:30 CEST.
    expect(parisInstant('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 happens twice on 25 October: the first one (CEST) is taken.
    expect(parisInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(parisInstant('2026-10-25', '03:30').toISOString()).toBe('2026-10-25T02:30:00.000Z');
    expect(parisInstant('2026-10-24').toISOString()).toBe('2026-10-23T22:00:00.000Z');
  });

  it('counts real elapsed time over a night with a clock change', () => {
    const springStart = parisInstant('2026-03-28', '22:00');
    const springEnd = parisInstant('2026-03-29', '04:00');
    expect(dureeMinutes(springStart, springEnd)).toBe(5 * 60);
    const autumnStart = parisInstant('2026-10-24', '22:00');
    const autumnEnd = parisInstant('2026-10-25', '04:00');
    expect(dureeMinutes(autumnStart, autumnEnd)).toBe(7 * 60);
  });

  it('adds calendar days across months and years', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('French public holidays', () => {
  it('computes Easter', () => {
    expect(paques(2024)).toBe('03-31');
    expect(paques(2025)).toBe('04-20');
    expect(paques(2026)).toBe('04-05');
    expect(paques(2038)).toBe('04-25');
  });

  it('lists the eleven national holidays, Easter-based ones included', () => {
    const days = joursFeries(2026);
    expect(days.size).toBe(11);
    for (const d of ['2026-04-06', '2026-05-14', '2026-05-25', '2026-07-14', '2026-08-15', '2026-11-11']) {
      expect(days.has(d), d).toBe(true);
    }
    expect(days.has('2026-04-03')).toBe(false); // Good Friday: Alsace-Moselle only
    expect(joursFeries(2025).has('2025-05-29')).toBe(true); // Ascension 2025
  });
});

describe('creneau', () => {
  const slot = (date: string, time: string) => creneau(parisInstant(date, time));

  it('is jour from 08:00 to 18:59 and soirée from 19:00 to 07:59 on working days', () => {
    expect(slot('2026-03-10', '08:00')).toBe('jour');
    expect(slot('2026-03-10', '18:59')).toBe('jour');
    expect(slot('2026-03-10', '19:00')).toBe('soiree');
    expect(slot('2026-03-10', '07:59')).toBe('soiree');
    expect(slot('2026-03-10', '00:30')).toBe('soiree');
  });

  it('is week_end on Saturdays, Sundays and public holidays, whatever the hour', () => {
    expect(slot('2026-03-14', '10:00')).toBe('week_end');
    expect(slot('2026-03-15', '21:00')).toBe('week_end');
    expect(slot('2026-04-06', '10:00')).toBe('week_end'); // Lundi de Pâques
    expect(slot('2026-05-14', '20:00')).toBe('week_end'); // Ascension
    expect(slot('2026-07-14', '15:00')).toBe('week_end');
    expect(slot('2026-07-13', '15:00')).toBe('jour');
  });

  it('reads the Paris hour, not UTC, on both sides of the clock changes', () => {
    // Friday 27 March 2026 18:30 UTC = 19:30 CET: an evening.
    expect(creneau(at('2026-03-27T18:30:00Z'))).toBe('soiree');
    // Monday 30 March 2026 17:30 UTC = 19:30 CEST: an evening; 16:30 UTC = 18:30: the day.
    expect(creneau(at('2026-03-30T17:30:00Z'))).toBe('soiree');
    expect(creneau(at('2026-03-30T16:30:00Z'))).toBe('jour');
    // Sunday 29 March (change day) and Sunday 25 October stay week-end at any hour.
    expect(creneau(at('2026-03-29T01:30:00Z'))).toBe('week_end');
    expect(creneau(at('2026-10-25T00:30:00Z'))).toBe('week_end');
    // Monday 26 October 2026, first day of winter time: 06:30 UTC = 07:30 (evening slot), 07:00 UTC = 08:00.
    expect(creneau(at('2026-10-26T06:30:00Z'))).toBe('soiree');
    expect(creneau(at('2026-10-26T07:00:00Z'))).toBe('jour');
  });

  it('does not depend on the machine time zone', () => {
    // Friday 23:30 UTC is already Saturday in Paris.
    expect(creneau(at('2026-01-09T23:30:00Z'))).toBe('week_end');
    expect(creneau(at('2026-01-09T22:30:00Z'))).toBe('soiree');
  });
});
