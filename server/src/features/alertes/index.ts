/** The alerts feature's public surface: other features import from here, never its files. */
export { type IncidentsCompte, incidentsEntre } from './incidents.service';
