/** The accueil feature's public surface: other features import from here, never its files. */
export { listOrientations } from './orientations.service';
