/** How the planning screens write days, times and places (Paris, French). */
import type { CreneauView } from '@domain/planning/planning.schema';
import { CRENEAU_TYPE_LABELS } from '@domain/planning/planning.taxonomies';
import type { TerritoireView } from '@domain/territoires/territoire.schema';
import { addDays, jourFr, parisDate, parisTime, plageHoraire } from '@domain/time/paris';

const JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const MOIS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
export const JOURS_COURTS = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'];

/** ISO weekday, 1 = Monday … 7 = Sunday, of a Paris day. */
export const isoJour = (jour: string) => ((new Date(`${jour}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
export const nomJour = (jour: string) => JOURS[isoJour(jour) - 1]!;
export const estWeekEnd = (jour: string) => isoJour(jour) >= 6;
/** « lundi 07/12/2026 ». */
export const jourLong = (jour: string) => `${nomJour(jour)} ${jourFr(jour)}`;
/** « décembre 2026 » of a `YYYY-MM` month. */
export const moisFr = (mois: string) => `${MOIS[Number(mois.slice(5, 7)) - 1]} ${mois.slice(0, 4)}`;
/** The seven days of the week starting on a Monday. */
export const joursDe = (lundi: string) => Array.from({ length: 7 }, (_, i) => addDays(lundi, i));

export const jourDe = (c: Pick<CreneauView, 'debut'>) => parisDate(new Date(c.debut));
/** « 19:00–23:00 ». */
export const heures = (c: Pick<CreneauView, 'debut' | 'fin'>) => plageHoraire(c.debut, c.fin);
/** An evening shift starts at 19:00 or later (Paris). */
export const estSoir = (c: Pick<CreneauView, 'debut'>) => parisTime(new Date(c.debut)) >= '19:00';
export const aCouvrir = (c: Pick<CreneauView, 'absents' | 'statut'>) =>
  c.statut === 'prevu' && c.absents.length > 0;
export const typeLabel = (c: Pick<CreneauView, 'type'>) => CRENEAU_TYPE_LABELS[c.type];

/** « Malpassé · Secteur nord », or null without a QPV. */
export function lieuDe(c: Pick<CreneauView, 'territoireId' | 'secteurId'>, territoires: TerritoireView[]) {
  const t = territoires.find((x) => x.id === c.territoireId);
  if (!t) return null;
  const s = t.secteurs.find((x) => x.id === c.secteurId);
  return s ? `${t.nom} · ${s.nom}` : t.nom;
}

/** « Samia Benali, Julien Moreau » (the absent ones marked). */
export const equipe = (c: Pick<CreneauView, 'mediateurs' | 'absents'>) =>
  c.mediateurs.length
    ? c.mediateurs.map((m) => (c.absents.includes(m.id) ? `${m.nom} (absent·e)` : m.nom)).join(', ')
    : 'Personne';
