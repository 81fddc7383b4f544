/**
 * Who sends, receives and handles a lone-worker alert (issue 13, part 7). A distress call is
 * never refused to a mediator or coordinator; it reaches coordination, direction and the
 * colleagues on shift at that time, then everyone of the team when nobody took it in charge.
 */
import type { Actor } from '../auth/roles';
import type { AlerteStatut } from './alerte.taxonomies';

export const canSendAlerte = (a: Pick<Actor, 'role'>) => a.role === 'mediateur' || a.role === 'coordinateur';
/** Those who may read the alerts' stream (each event then filtered by `recoitAlerte`). */
export const canFollowAlertes = (a: Pick<Actor, 'role'>) =>
  a.role === 'mediateur' || a.role === 'coordinateur' || a.role === 'direction';
/** The incidents of the year: coordination and direction. */
export const canReadIncidents = (a: Pick<Actor, 'role'>) =>
  a.role === 'coordinateur' || a.role === 'direction';

export interface AlerteDiffusion {
  structureId: string;
  emetteurId: string;
  /** The colleagues on shift when the alert was sent. */
  enService: readonly string[];
  /** Said again to everyone: nobody took it in charge in time. */
  relance: boolean;
}

/** Whether an alert event reaches this reader. */
export function recoitAlerte(
  reader: Pick<Actor, 'role' | 'userId' | 'structureId'>,
  d: AlerteDiffusion,
): boolean {
  if (reader.structureId !== d.structureId || !canFollowAlertes(reader)) return false;
  if (reader.role === 'coordinateur' || reader.role === 'direction') return true;
  return reader.userId === d.emetteurId || d.enService.includes(reader.userId) || d.relance;
}

/** Who may take an alert in charge or close it: any receiver but the sender, while it is open. */
export function priseEnChargeProblem(
  reader: Pick<Actor, 'role' | 'userId' | 'structureId'>,
  d: AlerteDiffusion,
  statut: AlerteStatut,
): string | null {
  if (!recoitAlerte(reader, d)) return 'Cette alerte ne vous a pas été adressée.';
  if (reader.userId === d.emetteurId)
    return 'Une alerte est prise en charge par un·e collègue, pas par son auteur·rice.';
  if (statut === 'close') return 'Cette alerte est close.';
  if (statut === 'prise_en_charge') return 'Cette alerte est déjà prise en charge.';
  return null;
}

/** Closing needs the debrief; the sender, whoever took it in charge, or coordination may close. */
export function clotureProblem(
  reader: Pick<Actor, 'role' | 'userId'>,
  a: { emetteurId: string; priseEnChargePar: string | null; statut: AlerteStatut },
): string | null {
  if (a.statut === 'close') return 'Cette alerte est déjà close.';
  const allowed =
    reader.role === 'coordinateur' ||
    reader.role === 'direction' ||
    reader.userId === a.emetteurId ||
    reader.userId === a.priseEnChargePar;
  return allowed
    ? null
    : 'Seuls l’auteur·rice, la personne qui l’a prise en charge et la coordination la clôturent.';
}
