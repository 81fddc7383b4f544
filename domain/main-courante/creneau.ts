/**
 * Time slots of the main courante, read in Europe/Paris whatever the machine's time zone:
 * `week_end` on Saturdays, Sundays and French public holidays, otherwise `jour` from 08:00 to
 * 18:59 and `soiree` from 19:00 to 07:59. Also the Paris wall-clock helpers the import, the
 * export and the day filters share.
 */
import { addDays, pad2 as pad, parisParts } from '../time/paris';
import type { Creneau } from './main-courante.taxonomies';

export {
  addDays,
  PARIS,
  type ParisParts,
  parisDate,
  parisInstant,
  parisParts,
  parisTime,
} from '../time/paris';

const MINUTE = 60_000;

/** Easter Sunday of a Gregorian year (anonymous algorithm, Meeus/Jones/Butcher), as `MM-DD`. */
export function paques(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${pad(month)}-${pad(day)}`;
}

const holidayCache = new Map<number, Set<string>>();

/** French national public holidays of a year, as `YYYY-MM-DD`. */
export function joursFeries(year: number): Set<string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = `${year}-${paques(year)}`;
  const days = new Set([
    `${year}-01-01`,
    addDays(easter, 1), // Lundi de Pâques
    `${year}-05-01`,
    `${year}-05-08`,
    addDays(easter, 39), // Ascension
    addDays(easter, 50), // Lundi de Pentecôte
    `${year}-07-14`,
    `${year}-08-15`,
    `${year}-11-01`,
    `${year}-11-11`,
    `${year}-12-25`,
  ]);
  holidayCache.set(year, days);
  return days;
}

export const isJourFerie = (date: string) => joursFeries(Number(date.slice(0, 4))).has(date);

/** The time slot of an activity, from its start instant. */
export function creneau(debut: Date): Creneau {
  const p = parisParts(debut);
  const date = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  if (weekday === 0 || weekday === 6 || isJourFerie(date)) return 'week_end';
  return p.hour >= 8 && p.hour < 19 ? 'jour' : 'soiree';
}

/** Real elapsed minutes between two instants (a night with a clock change is 1 h shorter or longer). */
export const dureeMinutes = (debut: Date, fin: Date) =>
  Math.round((fin.getTime() - debut.getTime()) / MINUTE);

/** The computed columns of an activity: its slot, and its duration once it has an end. */
export const periode = (debut: Date, fin: Date | null) => ({
  creneau: creneau(debut),
  dureeMinutes: fin ? dureeMinutes(debut, fin) : null,
});
