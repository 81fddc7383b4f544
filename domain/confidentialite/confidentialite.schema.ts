/** The privacy records of a structure (issue 16, part 4): queries and answers. */
import { z } from 'zod';
import { listeQuerySchema, type Page, periodeShape, periodeValide } from '../liste';

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
