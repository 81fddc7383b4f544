/** The privacy records of a structure (issue 16, part 4): queries and answers. */
import { z } from 'zod';
import { listeQuerySchema, type Page, periodeShape, periodeValide } from '../liste';
import { CLES_CONSERVATION, type CleConservation, CONSERVATION_BORNES } from './conservation';

export const registreQuerySchema = z.object({
  format: z.enum(['json', 'pdf'], { error: 'Format inconnu : json ou pdf.' }).default('json'),
});

const traitementSchema = z.object({
  nom: z.string(),
  finalites: z.array(z.string()),
  baseLegale: z.string(),
  personnes: z.array(z.string()),
  donnees: z.array(z.string()),
  destinataires: z.array(z.string()),
  conservation: z.array(z.string()),
});

export const registreSchema = z.object({
  responsable: z.string(),
  etabliLe: z.string(),
  territoires: z.array(z.string()),
  traitements: z.array(traitementSchema),
  mesures: z.array(z.string()),
});

/** Consents given (and withdrawn) in a period, by the date they were given. */
export const consentementsRegistreQuerySchema = listeQuerySchema(periodeShape).refine(...periodeValide);
export type ConsentementsRegistreQuery = z.infer<typeof consentementsRegistreQuerySchema>;

export const consentementRegistreSchema = z.object({
  id: z.uuid(),
  personneId: z.uuid(),
  pseudonyme: z.string(),
  donneLe: z.string(),
  finalite: z.string(),
  mode: z.string(),
  partagePartenaires: z.boolean(),
  enregistrePar: z.string().nullable(),
  enregistreLe: z.string(),
  retireLe: z.string().nullable(),
});
export type ConsentementRegistre = z.infer<typeof consentementRegistreSchema>;
export const consentementsRegistreSchema = z.object({
  items: z.array(consentementRegistreSchema),
  total: z.int(),
  page: z.int(),
  parPage: z.int(),
});
export type ConsentementsRegistre = Page<ConsentementRegistre>;

const mois = z.int('Un nombre entier de mois.');
/** The structure's retention periods, each within the bounds the law leaves (conservation.ts). */
export const conservationUpdateSchema = z.strictObject(
  Object.fromEntries(
    CLES_CONSERVATION.map((k) => [
      k,
      mois
        .min(CONSERVATION_BORNES[k].min, `Au moins ${CONSERVATION_BORNES[k].min} mois.`)
        .max(
          CONSERVATION_BORNES[k].max,
          `Au plus ${CONSERVATION_BORNES[k].max} mois : la loi ne permet pas plus.`,
        ),
    ]),
  ) as Record<CleConservation, z.ZodInt>,
);

export const conservationSchema = z.object({
  periodes: z.record(z.string(), z.int()),
  bornes: z.record(z.string(), z.object({ min: z.int(), max: z.int() })),
  libelles: z.record(z.string(), z.string()),
  prochainePurge: z.string(),
});
export type ConservationView = z.infer<typeof conservationSchema>;
