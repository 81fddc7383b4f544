/** The main-courante feature's public surface: other features import from here, never its files. */
export { listActivites } from './activites.read';
export { linkObservation, listObservations } from './observations.service';
export { derniereTournee } from './quick-capture.read';
