import { parisDate, parisTime, PARIS as TIME_ZONE } from '@domain/time/paris';

/** Today in Paris, `AAAA-MM-JJ` (the default day of a form, the end of a period). */
export const todayParis = (): string => parisDate(new Date());

/** The current year in Paris (a report's default period). */
export const thisYearParis = (): number => Number(todayParis().slice(0, 4));

const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const dateFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

function parse(value: string | Date | null | undefined): Date | null {
  if (!value) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `dd/mm/yyyy HH:mm` in Paris time, or an em dash when there is no date. */
export function formatDateTime(value: string | Date | null | undefined): string {
  const date = parse(value);
  return date ? dateTimeFormat.format(date).replace(',', '') : '—';
}

/** `dd/mm/yyyy` in Paris time, or an em dash when there is no date. */
export function formatDate(value: string | Date | null | undefined): string {
  const date = parse(value);
  return date ? dateFormat.format(date) : '—';
}

const longDayFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** « 14 h 00 », « 9 h 30 », Paris time. */
const heure = (d: Date) =>
  parisTime(d)
    .replace(/^0(?=\d)/, '')
    .replace(':', ' h ');
/** « mardi 1er décembre 2026 », « jeudi 10 décembre 2026 ». */
const jourLong = (d: Date) => longDayFormat.format(d).replace(/^(\S+) 1 /, '$1 1er ');

/**
 * « jeudi 10 décembre 2026, 14 h 00 – 16 h 00 » in Paris time; an end on another day names
 * its day too (« … 22 h 00 – dimanche 21 mars 2027, 2 h 00 »).
 */
export function formatPlageLongue(debut: string | Date, fin: string | Date): string {
  const [a, b] = [parse(debut), parse(fin)];
  if (!a || !b) return '—';
  const jour = jourLong(a);
  const finJour = jourLong(b);
  return finJour === jour
    ? `${jour}, ${heure(a)} – ${heure(b)}`
    : `${jour}, ${heure(a)} – ${finJour}, ${heure(b)}`;
}
