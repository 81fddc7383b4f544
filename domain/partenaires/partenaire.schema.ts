import { z } from 'zod';
import { type CodeOf, codeList } from '../code-list';
import { codeError, texte, texteOptionnel } from '../zod-fr';

export const PARTNER_KIND_LIST = codeList({
  bailleur: 'Bailleur social',
  ville: 'Ville',
  intercommunalite: 'Intercommunalité',
  transporteur: 'Transporteur',
  ccas: 'CCAS',
  caf: 'CAF',
  france_travail: 'France Travail',
  police_municipale: 'Police municipale',
  association: 'Association',
  education: 'Éducation',
  sante: 'Santé',
  autre: 'Autre',
});
export const PARTNER_KINDS = PARTNER_KIND_LIST.codes;
export type PartnerKind = CodeOf<typeof PARTNER_KIND_LIST>;
export const PARTNER_KIND_LABELS = PARTNER_KIND_LIST.labels;

export const contactSchema = z.strictObject({
  nom: texte(120),
  fonction: texteOptionnel(120),
  email: z
    .email()
    .max(254)
    .nullish()
    .transform((v) => v ?? null),
  telephone: texteOptionnel(30),
});
export type ContactInput = z.infer<typeof contactSchema>;

export const partenaireCreateSchema = z.strictObject({
  nom: texte(160),
  kind: z.enum(PARTNER_KINDS, { error: codeError('Type de partenaire inconnu.') }),
  email: z
    .email()
    .max(254)
    .nullish()
    .transform((v) => v ?? null),
  telephone: texteOptionnel(30),
  adresse: texteOptionnel(300),
  territoireIds: z.array(z.uuid()).max(200).default([]),
  contacts: z.array(contactSchema).max(50).default([]),
});
export type PartenaireCreateInput = z.infer<typeof partenaireCreateSchema>;
export const partenaireUpdateSchema = partenaireCreateSchema;

const partenaireContactViewSchema = z.object({
  id: z.uuid(),
  nom: z.string(),
  fonction: z.string().nullable(),
  email: z.string().nullable(),
  telephone: z.string().nullable(),
});

export const partenaireViewSchema = z.object({
  id: z.uuid(),
  nom: z.string(),
  kind: z.enum(PARTNER_KINDS),
  email: z.string().nullable(),
  telephone: z.string().nullable(),
  adresse: z.string().nullable(),
  territoireIds: z.array(z.uuid()),
  contacts: z.array(partenaireContactViewSchema),
});
export type PartenaireView = z.infer<typeof partenaireViewSchema>;
