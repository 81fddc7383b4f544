/** The situations feature's public surface: other features import from here, never its files. */
export { listSituations } from './situations-list.service';
