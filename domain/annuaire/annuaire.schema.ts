import { z } from 'zod';
import { MOTIFS, type Motif } from '../accueil/accueil.taxonomies';
import { type CodeOf, codeList } from '../code-list';
import { paginationShape } from '../liste';
import { qpvCodeSchema } from '../territoires/territoire.schema';
import { recherche } from '../zod-fr';

/** The 16 data·inclusion thématiques (first part of a code `thematique--sous-thematique`). */
export const THEMATIQUES = MOTIFS.slice(0, 16) as readonly Motif[];

/** data·inclusion v1 `Public` codes with their official labels. */
export const PUBLIC_LIST = codeList({
  'tous-publics': 'Tous publics',
  actifs: 'Actifs',
  'beneficiaires-des-minimas-sociaux': 'Bénéficiaires des minimas sociaux',
  'demandeurs-emploi': 'Demandeurs d’emploi',
  etudiants: 'Étudiants',
  familles: 'Familles',
  femmes: 'Femmes',
  jeunes: 'Jeunes',
  'personnes-en-situation-de-handicap': 'Personnes en situation de handicap',
  'personnes-en-situation-durgence': 'Personnes en situation d’urgence',
  'personnes-en-situation-juridique-specifique': 'Personnes en situation juridique spécifique',
  'personnes-exilees': 'Personnes exilées',
  'residents-qpv-frr': 'Résidents QPV ou FRR',
  seniors: 'Seniors',
});
export const PUBLICS = PUBLIC_LIST.codes;
export type Public = CodeOf<typeof PUBLIC_LIST>;
export const PUBLIC_LABELS = PUBLIC_LIST.labels;

export const serviceSearchSchema = z.object({
  q: recherche(100),
  thematique: z
    .enum(THEMATIQUES as unknown as [Motif, ...Motif[]], { error: 'Thématique inconnue.' })
    .optional(),
  public: z.enum(PUBLICS, { error: 'Public inconnu.' }).optional(),
  commune: recherche(100),
  qpv: qpvCodeSchema.optional(),
  ouvertMaintenant: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  partenaireId: z.uuid().optional(),
  ...paginationShape,
});
export type ServiceSearchQuery = z.infer<typeof serviceSearchSchema>;

/** Local settings of a directory service (not part of data·inclusion). */
export const serviceLocalUpdateSchema = z.strictObject({
  partenaireId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
  qpvCodes: z.array(qpvCodeSchema).max(20).default([]),
});
export type ServiceLocalUpdateInput = z.infer<typeof serviceLocalUpdateSchema>;

/**
 * A record of the export, as imported: it passed the official data·inclusion v1 schema
 * (server/src/features/annuaire/schema/), which alone describes its fields.
 */
export const dataInclusionExportSchema = (kind: 'structures' | 'services') =>
  z
    .array(z.record(z.string(), z.unknown()))
    .describe(`Les ${kind} au schéma data·inclusion v1, telles qu’importées et validées`);

/** An import as the national API serves it. Each record is checked against the official schema. */
export const importDataInclusionSchema = z.strictObject({
  structures: z.array(z.unknown()).max(5000).default([]),
  services: z.array(z.unknown()).max(20000).default([]),
});

export const importRejetSchema = z.object({
  type: z.enum(['structure', 'service']),
  index: z.int(),
  id: z.string().nullable(),
  raisons: z.array(z.object({ champ: z.string(), message: z.string() })),
});
export type ImportRejet = z.infer<typeof importRejetSchema>;

const comptes = z.object({ crees: z.int(), misesAJour: z.int() });
export const importReportSchema = z.object({
  structures: comptes,
  services: comptes,
  /** At most 1,000 listed, ids from the file cut at 200 characters; `nbRejets` counts them all. */
  rejets: z.array(importRejetSchema),
  nbRejets: z.int(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const serviceViewSchema = z.object({
  id: z.string(),
  nom: z.string(),
  description: z.string(),
  structure: z.object({ id: z.string(), nom: z.string() }),
  thematiques: z.array(z.string()),
  publics: z.array(z.string()),
  commune: z.string().nullable(),
  adresse: z.string().nullable(),
  telephone: z.string().nullable(),
  courriel: z.string().nullable(),
  horaires: z.string().nullable(),
  horairesTexte: z.string().nullable(),
  ouvertMaintenant: z.boolean().nullable(),
  partenaire: z.object({ id: z.uuid(), nom: z.string() }).nullable(),
  qpvCodes: z.array(z.string()),
  source: z.string(),
  sourceId: z.string(),
});
export type ServiceView = z.infer<typeof serviceViewSchema>;
