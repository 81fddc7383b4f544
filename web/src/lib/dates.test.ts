import { describe, expect, it } from 'vitest';
import { formatPlageLongue } from './dates';

describe('formatPlageLongue', () => {
  it('writes the Paris day in words and French hours, whatever the machine’s zone', () => {
    expect(formatPlageLongue('2026-12-10T14:00:00+01:00', '2026-12-10T16:00:00+01:00')).toBe(
      'jeudi 10 décembre 2026, 14 h 00 – 16 h 00',
    );
    // After the spring change, in UTC it would read 12 h.
    expect(formatPlageLongue('2027-04-01T12:30:00Z', '2027-04-01T14:00:00Z')).toBe(
      'jeudi 1er avril 2027, 14 h 30 – 16 h 00',
    );
    expect(formatPlageLongue('2027-03-20T22:00:00+01:00', '2027-03-21T02:00:00+01:00')).toBe(
      'samedi 20 mars 2027, 22 h 00 – dimanche 21 mars 2027, 2 h 00',
    );
    expect(formatPlageLongue('2027-03-20T09:05:00+01:00', '2027-03-20T10:00:00+01:00')).toBe(
      'samedi 20 mars 2027, 9 h 05 – 10 h 00',
    );
  });
});
