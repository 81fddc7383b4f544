/**
 * « Aujourd'hui »: the home page as a list of cards, one per kind of work waiting. Each role gets
 * its own cards; a later card (today's shifts, alerts) is one more member of the union.
 */
import { z } from 'zod';
import { creneauSchema } from '../planning/planning.schema';

/** Items shown under a count: a handful, the list page holds the rest. */
export const AUJOURDHUI_ITEMS_MAX = 3;

export const CARTE_CLES = [
  'situations_suivi',
  'orientations_relance',
  'observations_a_traiter',
  'signalements_mis_a_jour',
  'signalements_a_transmettre',
  'activites_a_revoir',
  'orientations_a_repondre',
  'signalements_a_traiter',
] as const;
export type CarteCle = (typeof CARTE_CLES)[number];

const elementSchema = z.object({
  id: z.string(),
  /** Never a person's name: a number, a kind, a place. */
  libelle: z.string(),
  detail: z.string().nullable(),
  /** Path of the web app opening the item. */
  lien: z.string(),
});

/** A count of work waiting, and the path of the list filtered on exactly that. */
export const carteCompteurSchema = z.object({
  type: z.literal('compteur'),
  cle: z.enum(CARTE_CLES),
  titre: z.string(),
  total: z.number().int().min(0),
  /** Path of the web app with the list's filters in the query. */
  lien: z.string(),
  elements: z.array(elementSchema).max(AUJOURDHUI_ITEMS_MAX),
});

/** The mediator's street round: the one running, or nothing (the page offers to start one). */
export const carteTourneeSchema = z.object({
  type: z.literal('tournee'),
  enCours: z.object({ id: z.uuid(), debut: z.string() }).nullable(),
});

/**
 * Today's shifts (issue 13): a mediator's own, each with its crew and place (a planned tournée
 * starts from here); the coordination's count of the team's and those still to cover.
 */
export const carteCreneauxSchema = z.object({
  type: z.literal('creneaux'),
  /** The Paris day. */
  jour: z.string(),
  /** Active shifts of the day: the reader's own (mediator) or the team's. */
  total: z.int().min(0),
  /** Of those, how many have an absent person (to cover). */
  aCouvrir: z.int().min(0),
  /** Mediator: their shifts of the day; coordination: the first shifts to cover. */
  creneaux: z.array(
    creneauSchema.extend({
      /** « Malpassé · Secteur nord »: the QPV and sector's names, or null. */
      lieu: z.string().nullable(),
    }),
  ),
  /** Path of the web app: the week of the day. */
  lien: z.string(),
});
export type CarteCreneaux = z.infer<typeof carteCreneauxSchema>;

export const carteSchema = z.discriminatedUnion('type', [
  carteTourneeSchema,
  carteCreneauxSchema,
  carteCompteurSchema,
]);
export type Carte = z.infer<typeof carteSchema>;
export type CarteCompteur = z.infer<typeof carteCompteurSchema>;

export const aujourdhuiSchema = z.object({
  /** Whose work the counts cover: the user's own, the team's, or the partner's. */
  portee: z.enum(['moi', 'equipe', 'partenaire']),
  cartes: z.array(carteSchema),
});
export type AujourdhuiView = z.infer<typeof aujourdhuiSchema>;
