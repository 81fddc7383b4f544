/** Query and shape of the hotspot map (`GET /api/rapports/carte`): same period and perimeter as the report. */
import type { Categorie } from '../signalements/signalement.taxonomies';
import { rapportQuerySchema } from './rapport.schema';

/** The report's query (du, au, repeatable qpv); the map exists in JSON only. */
export const rapportCarteQuerySchema = rapportQuerySchema.refine((v) => v.format === 'json', {
  message: 'La carte n’existe qu’en JSON.',
  path: ['format'],
});

/** Side of a signalements grid cell, in degrees (≈ 55 m north–south, 40 m east–west at Marseille). */
export const CARTE_PAS_DEGRES = 0.0005;

/** A place with coordinates and the contacts logged there in the period. */
export interface CarteLieu {
  id: string;
  nom: string;
  qpv: string;
  latitude: number;
  longitude: number;
  contacts: number;
  personnes: number;
}

/** The signalements of one grid cell, located at its centre. */
export interface CarteCellule {
  latitude: number;
  longitude: number;
  nombre: number;
  par_categorie: Partial<Record<Categorie, number>>;
}

export interface RapportCarte {
  periode: { du: string; au: string };
  contacts: {
    lieux: CarteLieu[];
    /** Contacts whose place (the contact's, else its activity's) is unknown or has no coordinates. */
    non_localises: { contacts: number; personnes: number };
  };
  signalements: {
    cellules: CarteCellule[];
    /** Signalements with no GPS point and no located place. */
    non_localises: number;
  };
}
