/** The export { findQpv } from './qpv.service'; feature's public surface: other features import from here, never its files. */
export { findQpv } from './qpv.service';
