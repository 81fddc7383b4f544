/** The situations feature's public surface: other features import from here, never its files. */
export { listSituations } from './situations-list.service';
export { hasOpenSituation, situationsOfPersonne } from './situations-personne.read';
