/** The auth feature's public surface: other features import from here, never its files. */
export { issuePasswordToken } from './auth.service';
export { isEnrolled, removeSecondFactor } from './deuxieme-facteur.service';
