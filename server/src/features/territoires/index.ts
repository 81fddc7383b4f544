/** The territoires feature's public surface: other features import from here, never its files. */
export { getCoveredTerritory, territoryScope } from './territoires.service';
