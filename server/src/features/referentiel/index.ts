/** The referentiel feature's public surface: other features import from here, never its files. */
export { findQpv } from './qpv.service';
