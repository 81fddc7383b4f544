import { useLocation } from 'react-router';

/**
 * What an observation hands to the screen it opens (a signalement, a situation), carried in the
 * router's history state: the note never goes into a URL.
 */
export interface DepuisObservation {
  id: string;
  territoireId: string;
  lieuId: string | null;
  note: string;
}

/** The observation this screen was opened from, if any. */
export function useDepuisObservation(): DepuisObservation | null {
  const state = useLocation().state as { depuisObservation?: DepuisObservation } | null;
  return state?.depuisObservation ?? null;
}

export const depuisObservationState = (o: DepuisObservation) => ({ depuisObservation: o });
