import type { StatutRevue } from '@domain/main-courante/main-courante.taxonomies';
import { addDays, parisDate, parisTime } from '@domain/time/paris';

export const STATUT_COLORS: Record<StatutRevue | 'en_cours', string> = {
  a_revoir: 'gray',
  validee: 'green',
  a_corriger: 'orange',
  en_cours: 'blue',
};

/** The Paris day of an instant, `yyyy-mm-dd`. */
export const dayOf = (iso: string) => parisDate(new Date(iso));

/** Monday of the week of a `yyyy-mm-dd` date. */
export function mondayOf(day: string): string {
  const wd = new Date(`${day}T12:00:00Z`).getUTCDay();
  return addDays(day, -((wd + 6) % 7));
}

const longDay = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
/** « lundi 16 novembre 2026 » for a `yyyy-mm-dd` date. */
export const formatLongDay = (day: string) => longDay.format(new Date(`${day}T12:00:00Z`));
/** dd/mm/yyyy for a `yyyy-mm-dd` date. */
export const formatDay = (day: string) => day.split('-').reverse().join('/');

export const formatTime = (iso: string | null) => (iso ? parisTime(new Date(iso)) : '…');

export const formatDuree = (min: number | null) =>
  min === null ? 'en cours' : `${Math.floor(min / 60)} h ${String(min % 60).padStart(2, '0')}`;
