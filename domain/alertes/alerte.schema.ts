/** The lone-worker alerts' API (issue 13, part 7): inputs and answers. */
import { z } from 'zod';
import { codeError, texte, texteOptionnel } from '../zod-fr';
import { ALERTE_NIVEAUX, ALERTE_STATUTS, FAITS_MARQUANTS } from './alerte.taxonomies';

const coordonnee = (min: number, max: number, nom: string) =>
  z
    .number({ error: `${nom} attendue (nombre).` })
    .min(min, `${nom} hors des bornes.`)
    .max(max, `${nom} hors des bornes.`)
    .nullish()
    .transform((v) => v ?? null);

export const alerteCreateSchema = z
  .object({
    /** Made by the phone: a resent alert is one alert. */
    id: z.uuid(),
    niveau: z.enum(ALERTE_NIVEAUX, { error: codeError('Niveau d’alerte inconnu.') }),
    latitude: coordonnee(-90, 90, 'Latitude'),
    longitude: coordonnee(-180, 180, 'Longitude'),
    message: texteOptionnel(300),
  })
  .superRefine((v, ctx) => {
    if ((v.latitude === null) !== (v.longitude === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['longitude'],
        message: 'Position incomplète : latitude et longitude vont ensemble.',
      });
    }
  });
export type AlerteCreate = z.output<typeof alerteCreateSchema>;

export const alerteClotureSchema = z.object({
  faitMarquant: z.enum(FAITS_MARQUANTS, { error: codeError('Fait marquant inconnu.') }),
  /** A factual account: what happened, never a resident's name. */
  recit: texte(2000),
  signalementPolice: z.boolean({ error: 'Dites si un signalement à la police a été fait.' }),
  signalementEmployeur: z.boolean({ error: 'Dites si un signalement à l’employeur a été fait.' }),
});
export type AlerteCloture = z.output<typeof alerteClotureSchema>;

const personne = z.object({ id: z.uuid(), nom: z.string() });

/** An alert as its receivers see it; also the `data` of the stream's `alerte` events. */
export const alerteSchema = z.object({
  id: z.uuid(),
  niveau: z.enum(ALERTE_NIVEAUX),
  statut: z.enum(ALERTE_STATUTS),
  mediateur: personne,
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  message: z.string().nullable(),
  /** When it was sent (ISO 8601, Paris offset). */
  at: z.string(),
  priseEnCharge: z.object({ par: personne, at: z.string() }).nullable(),
  cloture: z
    .object({
      par: personne,
      at: z.string(),
      faitMarquant: z.enum(FAITS_MARQUANTS),
      recit: z.string(),
      signalementPolice: z.boolean(),
      signalementEmployeur: z.boolean(),
    })
    .nullable(),
  /** Said again to everyone: nobody took it in charge within 2 minutes. */
  relance: z.boolean(),
});
export type AlerteView = z.infer<typeof alerteSchema>;

export const alertesListSchema = z.object({ items: z.array(alerteSchema) });

export const incidentsQuerySchema = z.object({
  annee: z.coerce
    .number({ error: 'Année attendue.' })
    .int('Année attendue.')
    .min(2000, 'Année hors des bornes.')
    .max(2199, 'Année hors des bornes.'),
});

/** The incidents of a year, without any resident's data: counts by kind, level and place. */
export const incidentsSchema = z.object({
  annee: z.int(),
  total: z.int(),
  parFait: z.record(z.enum(FAITS_MARQUANTS), z.int()),
  parNiveau: z.record(z.enum(ALERTE_NIVEAUX), z.int()),
  parLieu: z.array(z.object({ territoireId: z.uuid().nullable(), nom: z.string(), n: z.int() })),
  signalementsPolice: z.int(),
  signalementsEmployeur: z.int(),
});
export type IncidentsView = z.infer<typeof incidentsSchema>;
