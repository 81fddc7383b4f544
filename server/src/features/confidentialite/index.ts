/** The confidentialite feature's public surface: other features import from here, never its files. */
export { registre } from './confidentialite.service';
