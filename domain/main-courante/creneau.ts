/**
 * Time slots of the main courante, read in Europe/Paris whatever the machine's time zone:
 * `week_end` on Saturdays, Sundays and French public holidays, otherwise `jour` from 08:00 to
 * 18:59 and `soiree` from 19:00 to 07:59. Also the Paris wall-clock helpers the import, the
 * export and the day filters share.
 */
import type { Creneau } from './main-courante.taxonomies';

export const PARIS = 'Europe/Paris';
const MINUTE = 60_000;
const DAY = 86_400_000;

const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: PARIS,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export interface ParisParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The Paris wall-clock date and time of an instant. */
export function parisParts(instant: Date): ParisParts {
  const p: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return { year: p.year!, month: p.month!, day: p.day!, hour: p.hour!, minute: p.minute! };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of an instant in Paris. */
export function parisDate(instant: Date): string {
  const p = parisParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** `HH:MM` of an instant in Paris. */
export function parisTime(instant: Date): string {
  const p = parisParts(instant);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** Paris UTC offset in minutes at an instant (60 in winter, 120 in summer). */
function offsetMinutes(ms: number): number {
  const p = parisParts(new Date(ms));
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((wall - Math.floor(ms / MINUTE) * MINUTE) / MINUTE);
}

/**
 * The instant of a Paris wall-clock date (`YYYY-MM-DD`) and time (`HH:MM`). A time that occurs
 * twice (the October change) is read as its first occurrence; a time that does not exist (the
 * March change, 02:00–02:59) is moved forward by the gap, as clocks are.
 */
export function parisInstant(date: string, time = '00:00'): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, h, mi);
  const before = offsetMinutes(wall - DAY / 2);
  const after = offsetMinutes(wall + DAY / 2);
  const matches = [...new Set([before, after])]
    .map((off) => wall - off * MINUTE)
    .filter((ms) => offsetMinutes(ms) * MINUTE === wall - ms)
    .sort((a, b) => a - b);
  return new Date(matches[0] ?? wall - before * MINUTE);
}

/** The calendar day `n` days after `YYYY-MM-DD`. */
export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

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
