/**
 * Residents' projects (issue 14, part 4; ADR 034): the inputs of the API, with French messages.
 * The answers are in projet.views.ts.
 */
import { z } from 'zod';
import { listeQuerySchema } from '../liste';
import { codeEnum, jourSchema, recherche, texte, texteOptionnel } from '../zod-fr';
import { ETAPE_PROJET_KIND_LIST, PROJET_STATUT_LIST } from './projet.taxonomies';

export * from './projet.views';

export const PROJET_TITRE_MAX = 120;
/** A short presentation: a free text, checked for sensitive data like every note (ADR 026). */
export const PROJET_DESCRIPTION_MAX = 1000;
export const ETAPE_NOTE_MAX = 1000;
export const FINANCEUR_NOM_MAX = 120;
/** Ten million euros: far above any residents' project, far below numeric(12,2). */
export const MONTANT_MAX = 10_000_000;

const uuidNull = z
  .uuid()
  .nullish()
  .transform((v) => v ?? null);
const ids = (max: number) => z.array(z.uuid()).max(max);

const statut = codeEnum(PROJET_STATUT_LIST, 'Statut de projet inconnu.');

export const projetCreateSchema = z.strictObject({
  /** Made by the client: the same id twice creates one project. */
  id: z.uuid(),
  titre: texte(PROJET_TITRE_MAX),
  description: texteOptionnel(PROJET_DESCRIPTION_MAX),
  territoireId: z.uuid(),
  /** A project starts as an idea, or already supported. */
  statut: z
    .enum(['idee', 'accompagne'], { error: 'Un projet commence en idée ou accompagné.' })
    .default('idee'),
  partenaireIds: ids(20).default([]),
  /** The residents who carry it: pseudonymous files of the accueil, with a consent in force. */
  personneIds: ids(20).default([]),
  /** The collective action it grew out of (plain id: ADR 034). */
  actionOrigineId: uuidNull,
});
export type ProjetCreateInput = z.infer<typeof projetCreateSchema>;

export const projetUpdateSchema = z
  .strictObject({
    titre: texte(PROJET_TITRE_MAX).optional(),
    description: texteOptionnel(PROJET_DESCRIPTION_MAX).optional(),
    territoireId: z.uuid().optional(),
    statut: statut.optional(),
    partenaireIds: ids(20).optional(),
    personneIds: ids(20).optional(),
    actionOrigineId: uuidNull.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { error: 'Aucun changement demandé.', path: ['titre'] });
export type ProjetUpdateInput = z.infer<typeof projetUpdateSchema>;

const flag = z.enum(['true', 'false'], { error: 'Valeur attendue : true ou false.' }).optional();

/**
 * Filters of the projects list (docs/listes.md). Opens on the open ones (idée, accompagné):
 * `ouverts=false` shows every status; a `statut` replaces the default. `q` searches titles.
 */
export const projetListQuery = listeQuerySchema({
  statut: statut.optional(),
  ouverts: flag,
  territoireId: z.uuid().optional(),
  q: recherche(100),
});
export type ProjetListQuery = z.infer<typeof projetListQuery>;

/** Hours of a step: from 0 to 24, in quarter hours. */
export const heuresSchema = z
  .number({ error: 'Nombre d’heures attendu.' })
  .min(0, 'Les heures ne peuvent pas être négatives.')
  .max(24, 'Au plus 24 heures pour une étape.')
  .refine((h) => Number.isInteger(h * 4), 'Les heures se comptent par quarts d’heure (0,25).');

export const etapeProjetCreateSchema = z.strictObject({
  /** Made by the client: the same id twice records one step. */
  id: z.uuid(),
  date: jourSchema,
  kind: codeEnum(ETAPE_PROJET_KIND_LIST, 'Type d’étape inconnu.'),
  heures: heuresSchema,
  note: texteOptionnel(ETAPE_NOTE_MAX),
  mediateurIds: ids(10).default([]),
});
export type EtapeProjetCreateInput = z.infer<typeof etapeProjetCreateSchema>;

/** An amount in euros with at most two decimals (cents). */
export const montantSchema = z
  .number({ error: 'Montant en euros attendu.' })
  .min(0, 'Le montant ne peut pas être négatif.')
  .max(MONTANT_MAX, `Au plus ${MONTANT_MAX} €.`)
  .refine((m) => Math.abs(Math.round(m * 100) - m * 100) < 1e-6, 'Au plus deux décimales (centimes).');

const financeurShape = {
  /** The funder, a partner of the structure… */
  partenaireId: uuidNull,
  /** …or named in words (a foundation, a city's call for projects). */
  financeur: texteOptionnel(FINANCEUR_NOM_MAX),
};
const UN_FINANCEUR = 'Indiquez le financeur : un partenaire ou un nom (l’un des deux).';

export const financementCreateSchema = z
  .strictObject({
    id: z.uuid(),
    ...financeurShape,
    montantSollicite: montantSchema,
    montantObtenu: montantSchema.nullish().transform((v) => v ?? null),
    date: jourSchema,
  })
  .refine((v) => (v.partenaireId === null) !== (v.financeur === null), {
    path: ['financeur'],
    error: UN_FINANCEUR,
  });
export type FinancementCreateInput = z.infer<typeof financementCreateSchema>;

export const financementUpdateSchema = z
  .strictObject({
    partenaireId: financeurShape.partenaireId.optional(),
    financeur: financeurShape.financeur.optional(),
    montantSollicite: montantSchema.optional(),
    montantObtenu: montantSchema.nullish(),
    date: jourSchema.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { error: 'Aucun changement demandé.', path: ['montantObtenu'] });
export type FinancementUpdateInput = z.infer<typeof financementUpdateSchema>;
export { UN_FINANCEUR };

/** A project's documents: PDF, images, office files (issue 14, part 4). */
export const DOCUMENTS_PROJET_MAX = 20;
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
export const documentQuerySchema = z.object({ documentId: z.uuid().optional() });
/**
 * A document's name travels in this header, percent-encoded UTF-8, never in the address: a file
 * name may name a person, and addresses end up in logs (issue 8's rule).
 */
export const DOCUMENT_NOM_HEADER = 'x-document-nom';
export const documentNomSchema = z
  .string({ error: 'Nom du document attendu.' })
  .trim()
  .min(1, 'Nom du document attendu.')
  .max(120, 'Le nom du document compte au plus 120 caractères.');
export const documentViewSchema = z.object({
  id: z.uuid(),
  nom: z.string(),
  type: z.string(),
  taille: z.int(),
  le: z.string(),
});
export type DocumentProjetView = z.infer<typeof documentViewSchema>;
