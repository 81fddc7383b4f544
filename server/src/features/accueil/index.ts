/** The accueil feature's public surface: other features import from here, never its files. */

export { personnesConsentantes } from './consentements.read';
export { effacerFiches } from './droits.service';
export { listOrientations } from './orientations.service';
