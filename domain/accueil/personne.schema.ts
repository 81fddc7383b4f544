import { z } from 'zod';
import { listeQuerySchema } from '../liste';
import { qpvCodeSchema } from '../territoires/territoire.schema';
import { jourSchema, recherche, texte, texteOptionnel } from '../zod-fr';
import {
  GENRES,
  type Genre,
  MODES_CONSENTEMENT,
  type ModeConsentement,
  TRANCHES_AGE,
  type TrancheAge,
  TYPES_MENAGE,
  type TypeMenage,
} from './accueil.taxonomies';

export const PSEUDONYME_MAX = 40;
export const RESIDENT_QPV = ['oui', 'non', 'inconnu'] as const;
export type ResidentQpv = (typeof RESIDENT_QPV)[number];

const dateJour = jourSchema;

/** Identity: only with a recorded consent (the server refuses it otherwise). */
export const identiteSchema = z.strictObject({
  prenom: texteOptionnel(80),
  nom: texteOptionnel(80),
  telephone: texteOptionnel(30),
  email: z
    .email()
    .max(254)
    .nullish()
    .transform((v) => v ?? null),
});
export type IdentiteInput = z.infer<typeof identiteSchema>;

export const consentementSchema = z.strictObject({
  date: dateJour,
  finalite: texte(300),
  mode: z.enum(MODES_CONSENTEMENT, { error: 'Mode de recueil inconnu.' }),
  /** Whether the partners the person is oriented to may see their identity. */
  partagePartenaires: z.boolean().default(false),
});
export type ConsentementInput = z.infer<typeof consentementSchema>;

const personneFields = {
  pseudonyme: texte(PSEUDONYME_MAX),
  territoireId: z.uuid(),
  trancheAge: z.enum(TRANCHES_AGE).default('inconnu'),
  genre: z.enum(GENRES).default('non_precise'),
  typeMenage: z.enum(TYPES_MENAGE).default('non_precise'),
  residentQpv: z.enum(RESIDENT_QPV).default('inconnu'),
};

const hasIdentity = (i: IdentiteInput | null | undefined) =>
  !!i && Object.values(i).some((v) => v !== null && v !== undefined);

/** A person file: pseudonymous; identity only together with (or after) a consent. */
export const personneCreateSchema = z
  .strictObject({
    /** Made on the phone so an offline capture can be replayed without duplicates. */
    id: z.uuid(),
    ...personneFields,
    identite: identiteSchema.nullish().transform((v) => v ?? null),
    consentement: consentementSchema.nullish().transform((v) => v ?? null),
  })
  .superRefine((v, ctx) => {
    if (hasIdentity(v.identite) && !v.consentement) {
      ctx.addIssue({
        code: 'custom',
        path: ['consentement'],
        message: 'Le consentement de la personne est requis pour enregistrer son identité.',
      });
    }
  });
export type PersonneCreateInput = z.infer<typeof personneCreateSchema>;

export const personneUpdateSchema = z.strictObject({
  ...personneFields,
  identite: identiteSchema.nullish().transform((v) => v ?? null),
});
export type PersonneUpdateInput = z.infer<typeof personneUpdateSchema>;

export const fusionSchema = z.strictObject({ doublonId: z.uuid() });

/** Filters of the person files list (docs/listes.md): `q` searches the pseudonym only. */
export const personneListQuerySchema = listeQuerySchema({
  q: recherche(80),
  territoireId: z.uuid().optional(),
  qpv: qpvCodeSchema.optional(),
  /** `true`: only files with a consent in force (a project's carriers are picked among them). */
  consentement: z.enum(['true', 'false'], { error: 'Valeur attendue : true ou false.' }).optional(),
});
export type PersonneListQuery = z.infer<typeof personneListQuerySchema>;

export { hasIdentity };

/** A person's identity as it is read back (held only under a consent). */
export const identiteViewSchema = z.object({
  prenom: z.string().nullable(),
  nom: z.string().nullable(),
  telephone: z.string().nullable(),
  email: z.string().nullable(),
});

export const consentementViewSchema = z.object({
  id: z.uuid(),
  date: z.string(),
  finalite: z.string(),
  mode: z.enum(MODES_CONSENTEMENT),
  partagePartenaires: z.boolean(),
  recueilliPar: z.string(),
  retireLe: z.string().nullable(),
});
export type ConsentementView = z.infer<typeof consentementViewSchema>;

export const personneViewSchema = z.object({
  id: z.uuid(),
  pseudonyme: z.string(),
  territoireId: z.uuid(),
  trancheAge: z.enum(TRANCHES_AGE),
  genre: z.enum(GENRES),
  typeMenage: z.enum(TYPES_MENAGE),
  residentQpv: z.enum(RESIDENT_QPV),
  identite: identiteViewSchema.nullable(),
  consentements: z.array(consentementViewSchema),
  fusionneeDans: z.uuid().nullable(),
  creeLe: z.string(),
});
export type PersonneView = z.infer<typeof personneViewSchema>;
