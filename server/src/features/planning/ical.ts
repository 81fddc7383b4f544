/**
 * iCalendar feeds of the planning: each shift a VEVENT with a stable UID, SEQUENCE raised on
 * change, and STATUS:CANCELLED once cancelled. No resident's data: the type, the place (QPV,
 * sector), the crew's names; never the shift's free note. The calendar text: lib/ical.ts.
 */
import { CRENEAU_TYPE_LABELS, type CreneauType } from '../../../../domain/planning/planning.taxonomies';
import { icalCalendar } from '../../lib/ical';

export interface IcalEvent {
  id: string;
  type: CreneauType;
  statut: 'prevu' | 'annule';
  debut: Date;
  fin: Date;
  sequence: number;
  modifie: Date;
  lieu: string | null;
  equipe: string[];
}

export function icalFeed(nom: string, events: readonly IcalEvent[], now: Date): string {
  return icalCalendar({
    produit: 'Planning',
    nom,
    now,
    events: events.map((e) => ({
      uid: `${e.id}@trame`,
      debut: e.debut,
      fin: e.fin,
      modifie: e.modifie,
      summary: e.lieu ? `${CRENEAU_TYPE_LABELS[e.type]} — ${e.lieu}` : CRENEAU_TYPE_LABELS[e.type],
      location: e.lieu,
      description: e.equipe.length ? `Équipe : ${e.equipe.join(', ')}` : null,
      sequence: e.sequence,
      annule: e.statut === 'annule',
    })),
  });
}
