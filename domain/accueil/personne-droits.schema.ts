/**
 * What a person's right of access hands over (GDPR art. 15, issue 16 part 2): everything held
 * about them and nobody else — no other party of a situation, no staff note about others.
 */
import { z } from 'zod';
import { identiteViewSchema } from './personne.schema';

const jour = z.string();
const instant = z.string();

export const personneExportSchema = z.object({
  genereLe: instant,
  structure: z.string(),
  personne: z.object({
    id: z.uuid(),
    pseudonyme: z.string(),
    quartier: z.string(),
    trancheAge: z.string(),
    genre: z.string(),
    typeMenage: z.string(),
    residentQpv: z.string(),
    /** Only under a consent: otherwise Trame holds no identity. */
    identite: identiteViewSchema.nullable(),
    creeLe: instant,
  }),
  consentements: z.array(
    z.object({
      donneLe: jour,
      finalite: z.string(),
      mode: z.string(),
      partagePartenaires: z.boolean(),
      retireLe: instant.nullable(),
    }),
  ),
  demandes: z.array(
    z.object({
      le: instant,
      canal: z.string(),
      motifs: z.array(z.string()),
      reponses: z.array(z.string()),
      note: z.string().nullable(),
    }),
  ),
  orientations: z.array(
    z.object({
      le: instant,
      service: z.string(),
      statut: z.string(),
      statutLe: instant,
      commentairePartenaire: z.string().nullable(),
    }),
  ),
  situations: z.array(
    z.object({
      type: z.string(),
      statut: z.string(),
      ouverteLe: jour,
      clotureeLe: jour.nullable(),
      /** The person's own place in it: their role, pseudonym in the situation and consent. */
      role: z.string(),
      libelle: z.string(),
      consentement: z.string(),
      etapes: z.array(z.object({ type: z.string(), le: jour })),
    }),
  ),
  /** Who read or changed the file, and when (the structure's staff). */
  acces: z.array(z.object({ le: instant, action: z.string(), par: z.string() })),
});
export type PersonneExport = z.infer<typeof personneExportSchema>;

export const personneExportQuerySchema = z.object({
  format: z.enum(['json', 'pdf'], { error: 'Format inconnu : json ou pdf.' }).default('json'),
});
