/**
 * The occurrences of a repeating shift: each chosen weekday from the first day until `jusquau`,
 * at the same Paris wall-clock times, so a shift across a daylight-saving change keeps its hours
 * on the clock and has its real length (a night of the spring change is one hour shorter).
 */
import { addDays, jourFr, parisDate, parisInstant, parisTime } from '../time/paris';

/** A series covers at most a year. */
export const REPETITION_JOURS_MAX = 366;

export interface Occurrence {
  jour: string;
  debut: Date;
  fin: Date;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a Paris day. */
export const jourSemaine = (jour: string) => ((new Date(`${jour}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** Why a repetition cannot be made, or null. */
export function repetitionError(debut: Date, jusquau: string): string | null {
  const premier = parisDate(debut);
  if (jusquau < premier) return `La répétition doit finir après le premier jour (${jourFr(premier)}).`;
  if (jusquau > addDays(premier, REPETITION_JOURS_MAX)) return 'Une répétition couvre au plus un an.';
  return null;
}

/** The first shift itself, then every chosen weekday after it until `jusquau` (included). */
export function occurrences(
  debut: Date,
  fin: Date,
  repetition: { jours: readonly number[]; jusquau: string } | null,
): Occurrence[] {
  const premier = parisDate(debut);
  const out: Occurrence[] = [{ jour: premier, debut, fin }];
  if (!repetition) return out;
  const [heureDebut, heureFin] = [parisTime(debut), parisTime(fin)];
  const decalage = Math.round((Date.parse(parisDate(fin)) - Date.parse(premier)) / 86_400_000);
  for (let jour = addDays(premier, 1); jour <= repetition.jusquau; jour = addDays(jour, 1)) {
    if (!repetition.jours.includes(jourSemaine(jour))) continue;
    out.push({
      jour,
      debut: parisInstant(jour, heureDebut),
      fin: parisInstant(addDays(jour, decalage), heureFin),
    });
  }
  return out;
}
