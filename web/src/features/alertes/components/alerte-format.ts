import type { AlerteView } from '@domain/alertes/alerte.schema';
import { ALERTE_NIVEAU_LABELS, ALERTE_STATUT_LABELS } from '@domain/alertes/alerte.taxonomies';
import { parisTime } from '@domain/time/paris';

/** « 21:04 », Paris time, of an alert's instant. */
export const heureDe = (at: string) => parisTime(new Date(at));

/** What a receiver reads first: level, sender and time. */
export const titreAlerte = (a: AlerteView) =>
  `${ALERTE_NIVEAU_LABELS[a.niveau]} — ${a.mediateur.nom}, ${heureDe(a.at)}`;

/** Where the alert stands, in words: who took it in charge or closed it, and when. */
export function etatAlerte(a: AlerteView): string {
  if (a.cloture) return `Close par ${a.cloture.par.nom} à ${heureDe(a.cloture.at)}.`;
  if (a.priseEnCharge)
    return `Prise en charge par ${a.priseEnCharge.par.nom} à ${heureDe(a.priseEnCharge.at)}.`;
  return a.relance
    ? `${ALERTE_STATUT_LABELS.active} : personne ne l’a prise en charge, elle a été redite à toute l’équipe.`
    : `${ALERTE_STATUT_LABELS.active} de prise en charge.`;
}
