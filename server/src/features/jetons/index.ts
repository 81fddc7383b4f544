/** The jetons feature's public surface: other features import from here, never its files. */
export { revokeTokensOfUser } from './jetons.service';
