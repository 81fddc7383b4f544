/** The main-courante feature's public surface: other features import from here, never its files. */

/** Free text never copied into an audit row: its fingerprint shows that it changed. */
export { fingerprint } from './activites.presenter';
export { listActivites } from './activites.read';
/** Contacts of one activity as one lot (the outbox's batch, ADR 036). */
export { addContacts } from './captures.service';
export { linkObservation, listObservations } from './observations.service';
export { derniereTournee } from './quick-capture.read';
