/** Query and shape of the hotspot map (`GET /api/rapports/carte`): same period and perimeter as the report. */
import { z } from 'zod';
import { CATEGORIES } from '../signalements/signalement.taxonomies';
import { rapportQuerySchema } from './rapport.schema';

/** The report's query (du, au, repeatable qpv); the map exists in JSON only. */
export const rapportCarteQuerySchema = rapportQuerySchema.refine((v) => v.format === 'json', {
  message: 'La carte n’existe qu’en JSON.',
  path: ['format'],
});

/** Side of a signalements grid cell, in degrees (≈ 55 m north–south, 40 m east–west at Marseille). */
export const CARTE_PAS_DEGRES = 0.0005;

/** A place with coordinates and the contacts logged there in the period. */
export const carteLieuSchema = z.object({
  id: z.string(),
  nom: z.string(),
  qpv: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  contacts: z.number(),
  personnes: z.number(),
});
export type CarteLieu = z.infer<typeof carteLieuSchema>;

/** The signalements of one grid cell, located at its centre. */
export const carteCelluleSchema = z.object({
  latitude: z.number(),
  longitude: z.number(),
  nombre: z.number(),
  par_categorie: z.partialRecord(z.enum(CATEGORIES), z.number()),
});
export type CarteCellule = z.infer<typeof carteCelluleSchema>;

export const rapportCarteSchema = z.object({
  periode: z.object({ du: z.string(), au: z.string() }),
  contacts: z.object({
    lieux: z.array(carteLieuSchema),
    /** Contacts whose place (the contact's, else its activity's) is unknown or has no coordinates. */
    non_localises: z.object({ contacts: z.number(), personnes: z.number() }),
  }),
  signalements: z.object({
    cellules: z.array(carteCelluleSchema),
    /** Signalements with no GPS point and no located place. */
    non_localises: z.number(),
  }),
});
export type RapportCarte = z.infer<typeof rapportCarteSchema>;
