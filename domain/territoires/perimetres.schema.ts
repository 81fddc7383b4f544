/** The QPV perimeters the maps draw (GeoJSON) and the map's background settings. */
import { z } from 'zod';

/** GeoJSON of QPV perimeters (properties: q = code, n = name), as the server serves them. */
export const qpvPerimetresSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ q: z.string(), n: z.string() }),
      geometry: z.unknown(),
    }),
  ),
});
export type QpvPerimetres = z.infer<typeof qpvPerimetresSchema>;

/** The tiles' address (none: the perimeters on a blank background) and their credit. */
export const carteReglagesSchema = z.object({ tileUrl: z.string().nullable(), attribution: z.string() });
export type CarteReglages = z.infer<typeof carteReglagesSchema>;
