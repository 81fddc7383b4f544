/** The signalements feature's public surface: other features import from here, never its files. */

export { signalementScope } from './signalements.read';
export { listSignalements } from './signalements-list.service';
