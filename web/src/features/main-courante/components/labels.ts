import type { StatutRevue } from '@domain/main-courante/main-courante.taxonomies';

export const STATUT_COLORS: Record<StatutRevue | 'en_cours', string> = {
  a_revoir: 'gray',
  validee: 'green',
  a_corriger: 'orange',
  en_cours: 'blue',
};

const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' });
/** Today's date in Paris, `yyyy-mm-dd`. */
export const todayParis = () => parisDay.format(new Date());
/** The Paris day of an instant, `yyyy-mm-dd`. */
export const dayOf = (iso: string) => parisDay.format(new Date(iso));

/** Adds days to a `yyyy-mm-dd` date (calendar arithmetic, no time zone involved). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

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

const hm = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' });
export const formatTime = (iso: string | null) => (iso ? hm.format(new Date(iso)) : '…');

export const formatDuree = (min: number | null) =>
  min === null ? 'en cours' : `${Math.floor(min / 60)} h ${String(min % 60).padStart(2, '0')}`;
