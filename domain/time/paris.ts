/**
 * Calendar arithmetic in Europe/Paris, whatever the machine's time zone, right across the
 * daylight-saving changes. Shared by the main courante, signalements, accueil and reports.
 */

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
  const ms = instant.getTime();
  const wall = new Date(ms + offsetMinutes(ms) * MINUTE);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
  };
}

export const pad2 = (n: number) => String(n).padStart(2, '0');
const pad = pad2;

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

/**
 * Paris changes its offset on the hour (01:00 UTC), so the offset is cached by UTC hour: asking
 * ICU costs ~20 µs, and the CSV import asks several times for each of its activities.
 */
const HOUR = 3_600_000;
const offsets = new Map<number, number>();

/** Paris UTC offset in minutes at an instant (60 in winter, 120 in summer). */
export function offsetMinutes(ms: number): number {
  const hour = Math.floor(ms / HOUR);
  const known = offsets.get(hour);
  if (known !== undefined) return known;
  const p: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(hour * HOUR))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!);
  const off = Math.round((wall - hour * HOUR) / MINUTE);
  if (offsets.size >= 100_000) offsets.clear();
  offsets.set(hour, off);
  return off;
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

/** The same Paris wall-clock time `days` calendar days later (not days × 24 h). */
export function addParisDays(instant: Date, days: number): Date {
  const withinMinute = instant.getTime() % MINUTE;
  return new Date(
    parisInstant(addDays(parisDate(instant), days), parisTime(instant)).getTime() + withinMinute,
  );
}

/** ISO 8601 with the Paris offset, e.g. 2026-03-25T10:00:00+01:00. */
export function toParisIso(instant: Date): string {
  const off = offsetMinutes(instant.getTime());
  const sign = off >= 0 ? '+' : '-';
  const seconds = pad(instant.getUTCSeconds());
  return `${parisDate(instant)}T${parisTime(instant)}:${seconds}${sign}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}

/**
 * Start and end, ISO with the Paris offset, of a day and two Paris wall-clock times (a shift, an
 * action): an end at or before the start is the next day.
 */
export function plageParis(jour: string, debut: string, fin: string) {
  const d = parisInstant(jour, debut);
  const f = parisInstant(fin <= debut ? addDays(jour, 1) : jour, fin);
  return { debut: toParisIso(d), fin: toParisIso(f) };
}

/** A calendar day `AAAA-MM-JJ` as users read it, `JJ/MM/AAAA` (already a day: no time zone involved). */
/** « 19:00–22:00 », Paris wall clock, from two instants. */
export const plageHoraire = (debut: string, fin: string) =>
  `${parisTime(new Date(debut))}–${parisTime(new Date(fin))}`;

export const jourFr = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** A period of days as the reports write it: « du 01/01/2026 au 31/12/2026 ». */
export const periodeFr = (du: string, au: string) => `du ${jourFr(du)} au ${jourFr(au)}`;
