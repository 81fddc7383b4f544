import { z } from 'zod';
import { type CodeOf, codeList } from '../code-list';
import { codeError, texte } from '../zod-fr';

export const PLACE_KIND_LIST = codeList({
  residence: 'Résidence',
  rue: 'Rue',
  place: 'Place',
  equipement: 'Équipement',
  ligne_transport: 'Ligne de transport',
  ecole: 'École',
  commerce: 'Commerce',
  autre: 'Autre',
});
export const PLACE_KINDS = PLACE_KIND_LIST.codes;
export type PlaceKind = CodeOf<typeof PLACE_KIND_LIST>;
export const PLACE_KIND_LABELS = PLACE_KIND_LIST.labels;

/** QPV code of the official list, e.g. QN07501M. */
export const QPV_CODE_PATTERN = /^QN[0-9A-Z]{2,3}\d{2,3}[A-Z]$/;
export const qpvCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    QPV_CODE_PATTERN,
    'Code QPV invalide (attendu : QN suivi du département et du numéro, ex. QN07501M).',
  );

export const territoireCreateSchema = z.strictObject({ qpvCode: qpvCodeSchema });
export type TerritoireCreateInput = z.infer<typeof territoireCreateSchema>;

export const secteurCreateSchema = z.strictObject({ nom: texte(120) });
export type SecteurCreateInput = z.infer<typeof secteurCreateSchema>;
export const secteurUpdateSchema = secteurCreateSchema;

export const latitudeSchema = z.number().min(-90).max(90);
export const longitudeSchema = z.number().min(-180).max(180);

const lieuFields = {
  nom: texte(160),
  kind: z.enum(PLACE_KINDS, { error: codeError('Type de lieu inconnu.') }),
  secteurId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
  latitude: latitudeSchema.nullish().transform((v) => v ?? null),
  longitude: longitudeSchema.nullish().transform((v) => v ?? null),
  partenaireId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
};
const bothOrNone = (v: { latitude: number | null; longitude: number | null }) =>
  (v.latitude === null) === (v.longitude === null);
const bothOrNoneMessage = {
  message: 'Latitude et longitude vont ensemble : renseignez les deux ou aucune.',
  path: ['latitude'],
};

export const lieuCreateSchema = z.strictObject(lieuFields).refine(bothOrNone, bothOrNoneMessage);
export type LieuCreateInput = z.infer<typeof lieuCreateSchema>;
export const lieuUpdateSchema = lieuCreateSchema;

/** A QPV of the national list (code, name, municipalities). */
export const qpvReferenceSchema = z.object({
  code: z.string(),
  nom: z.string(),
  communes: z.array(z.object({ insee: z.string(), nom: z.string() })),
});
export type QpvReference = z.infer<typeof qpvReferenceSchema>;

export const secteurViewSchema = z.object({ id: z.uuid(), nom: z.string() });
export type SecteurView = z.infer<typeof secteurViewSchema>;

export const lieuViewSchema = z.object({
  id: z.uuid(),
  nom: z.string(),
  kind: z.enum(PLACE_KINDS),
  secteurId: z.uuid().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  partenaireId: z.uuid().nullable(),
});
export type LieuView = z.infer<typeof lieuViewSchema>;

export const territoireViewSchema = z.object({
  id: z.uuid(),
  qpvCode: z.string(),
  nom: z.string(),
  communes: z.array(z.string()),
  secteurs: z.array(secteurViewSchema),
  lieux: z.array(lieuViewSchema),
});
export type TerritoireView = z.infer<typeof territoireViewSchema>;
