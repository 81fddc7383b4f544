/** What the projects API answers: zod views (ADR 028). */
import { z } from 'zod';
import { ACTION_STATUTS } from '../actions/action.taxonomies';
import { pageSchema } from '../liste';
import { ETAPE_PROJET_KINDS, PROJET_STATUTS } from './projet.taxonomies';

const nomme = z.object({ id: z.string(), nom: z.string() });

/** A carrier as a reader sees them: the pseudonym, none once their consent is withdrawn. */
export const porteurViewSchema = z.object({ id: z.string(), pseudonyme: z.string().nullable() });

export const etapeProjetViewSchema = z.object({
  type: z.literal('etape'),
  id: z.string(),
  date: z.string(),
  kind: z.enum(ETAPE_PROJET_KINDS),
  heures: z.number(),
  note: z.string().nullable(),
  mediateurs: z.array(nomme),
  creePar: z.string().nullable(),
});
export type EtapeProjetView = z.infer<typeof etapeProjetViewSchema>;

export const financementViewSchema = z.object({
  type: z.literal('financement'),
  id: z.string(),
  date: z.string(),
  /** The partner when it is one (`id`), else the funder's name alone (`id: null`). */
  financeur: z.object({ id: z.string().nullable(), nom: z.string() }),
  montantSollicite: z.number(),
  montantObtenu: z.number().nullable(),
});
export type FinancementView = z.infer<typeof financementViewSchema>;

export const projetListItemViewSchema = z.object({
  id: z.string(),
  titre: z.string(),
  statut: z.enum(PROJET_STATUTS),
  territoireId: z.string(),
  partenaires: z.array(nomme),
  porteurs: z.number(),
  derniereEtape: z.string().nullable(),
  creeLe: z.string(),
});
export type ProjetListItemView = z.infer<typeof projetListItemViewSchema>;
export const projetListViewSchema = pageSchema(projetListItemViewSchema);

/** The project page: its facts, its status history and its timeline (steps and funding), newest first. */
export const projetViewSchema = z.object({
  id: z.string(),
  titre: z.string(),
  description: z.string().nullable(),
  statut: z.enum(PROJET_STATUTS),
  territoireId: z.string(),
  actionOrigineId: z.string().nullable(),
  /** The collective actions this project led to (their `projetId`), by start. */
  actions: z.array(
    z.object({ id: z.string(), titre: z.string(), debut: z.string(), statut: z.enum(ACTION_STATUTS) }),
  ),
  partenaires: z.array(nomme),
  porteurs: z.array(porteurViewSchema),
  statuts: z.array(z.object({ statut: z.enum(PROJET_STATUTS), le: z.string() })),
  chronologie: z.array(z.discriminatedUnion('type', [etapeProjetViewSchema, financementViewSchema])),
  totaux: z.object({ heures: z.number(), sollicite: z.number(), obtenu: z.number() }),
  creeLe: z.string(),
  modifieLe: z.string(),
});
export type ProjetView = z.infer<typeof projetViewSchema>;
