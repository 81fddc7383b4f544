/** The annuaire feature's public surface: other features import from here, never its files. */
export { presentService } from './annuaire.presenter';
