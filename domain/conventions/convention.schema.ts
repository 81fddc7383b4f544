/**
 * Conventions (funders' agreements): input schemas shared by the API and the form, the list of
 * objective indicators, and the pure "done against target" of an objective on a report.
 */
import { z } from 'zod';
import { listeQuerySchema } from '../liste';
import {
  checkPeriode,
  jourSchema as day,
  RAPPORT_FORMATS,
  type RapportActivite,
  rapportActiviteSchema,
} from '../rapports/rapport.schema';
import type { Tableau } from '../rapports/rapport.tables';
import { codeError, recherche, texte, texteOptionnel } from '../zod-fr';

type Lecture = readonly [libelle: string, lire: (r: RapportActivite) => number];

/** Indicator code → French label and how it is read from the activity report. Codes are stored: never rename one. */
const LECTURES = {
  heures_presence: ['Heures de présence', (r) => r.presence.heures],
  heures_mediateurs: ['Heures × médiateurs présents', (r) => r.presence.heures_mediateurs],
  activites: ['Activités (tournées, permanences, événements…)', (r) => r.presence.activites],
  contacts: ['Contacts', (r) => r.contacts.nombre],
  personnes: ['Personnes rencontrées', (r) => r.contacts.personnes],
  heures_tournee: ['Heures de tournée', (r) => r.presence.par_cadre.tournee.heures],
  heures_permanence: ['Heures de permanence', (r) => r.presence.par_cadre.permanence.heures],
  heures_transport: ['Heures de présence dans les transports', (r) => r.presence.par_cadre.transport.heures],
  activites_evenement: ['Présences sur un événement', (r) => r.presence.par_cadre.evenement.activites],
  personnes_mise_en_relation: [
    'Personnes orientées vers un partenaire',
    (r) => r.contacts.par_registre.mise_en_relation,
  ],
  personnes_conflit: ['Personnes en gestion de conflit', (r) => r.contacts.par_registre.conflit],
  demandes: ['Demandes accueillies (accueil, information, orientation)', (r) => r.accueil.demandes],
  orientations: ['Orientations vers un partenaire', (r) => r.orientations.nombre],
  orientations_abouties: ['Orientations abouties', (r) => r.orientations.par_statut.aboutie],
  situations_ouvertes: ['Situations de médiation ouvertes', (r) => r.situations.ouvertes],
  situations_closes: ['Situations de médiation closes', (r) => r.situations.closes],
  signalements: ['Signalements (veille technique)', (r) => r.signalements.nombre],
  actions: ['Actions collectives', (r) => r.actions.nombre],
  participants_actions: ['Participants aux actions collectives', (r) => r.actions.participants],
  heures_actions: [
    'Heures d’actions collectives (préparation comprise)',
    (r) => r.actions.heures + r.actions.heures_preparation,
  ],
  projets_accompagnes: ['Projets d’habitants accompagnés', (r) => r.projets.accompagnes],
  projets_realises: ['Projets d’habitants réalisés', (r) => r.projets.realises],
  financements_projets: ['Financements obtenus pour les projets (€)', (r) => r.projets.financements_obtenus],
} satisfies Record<string, Lecture>;

export type Indicateur = keyof typeof LECTURES;
export const INDICATEURS = Object.keys(LECTURES) as [Indicateur, ...Indicateur[]];
export const INDICATEUR_LABELS = Object.fromEntries(INDICATEURS.map((k) => [k, LECTURES[k][0]])) as Record<
  Indicateur,
  string
>;

/** What the report says was done for this indicator. */
export const realise = (indicateur: Indicateur, rapport: RapportActivite): number =>
  LECTURES[indicateur][1](rapport);

/** Done ÷ target in percent, rounded to 0.1; null when the target is 0 (no rate to speak of). */
export const taux = (realiseValue: number, cible: number): number | null =>
  cible > 0 ? Math.round((realiseValue / cible) * 1000) / 10 : null;

export const CONVENTION_OBJECTIFS_MAX = 30;
/** Far above any real target (hours, people): a typo of three extra zeros is refused. */
export const CIBLE_MAX = 10_000_000;

export const objectifSchema = z.strictObject({
  indicateur: z.enum(INDICATEURS, { error: codeError('Indicateur inconnu.') }),
  cible: z
    .number({ error: 'Cible attendue : un nombre.' })
    .finite()
    .min(0, 'La cible ne peut pas être négative.')
    .max(CIBLE_MAX, 'Cible trop grande.')
    // Hundredths at most: a target of 1e-300 is 0 (no rate), never a rate of 10^302 %.
    .transform((v) => Math.round(v * 100) / 100 || 0),
});
export type ObjectifInput = z.infer<typeof objectifSchema>;

export const conventionCreateSchema = z
  .strictObject({
    partenaireId: z.uuid({ error: 'Choisissez le financeur.' }),
    nom: texte(160),
    reference: texteOptionnel(80),
    du: day,
    au: day,
    commentaire: texteOptionnel(2000),
    territoireIds: z.array(z.uuid()).max(200).default([]),
    lieuIds: z.array(z.uuid()).max(500).default([]),
    objectifs: z.array(objectifSchema).max(CONVENTION_OBJECTIFS_MAX).default([]),
  })
  .superRefine(checkPeriode('Une convention'))
  .refine((v) => new Set(v.objectifs.map((o) => o.indicateur)).size === v.objectifs.length, {
    message: 'Chaque indicateur ne peut avoir qu’un objectif.',
    path: ['objectifs'],
  });
export type ConventionCreateInput = z.infer<typeof conventionCreateSchema>;
/** An update replaces the whole convention, perimeter and objectives included. */
export const conventionUpdateSchema = conventionCreateSchema;

/** Filters of the conventions list (docs/listes.md). */
export const conventionListQuerySchema = listeQuerySchema({
  q: recherche(100),
  partenaireId: z.uuid().optional(),
  /** Conventions whose period overlaps this calendar year. */
  annee: z.coerce.number().int().min(2000, 'Année invalide.').max(2100, 'Année invalide.').optional(),
  /** `true`: only those whose period holds today (Europe/Paris). */
  enCours: z.enum(['true', 'false'], { error: 'Valeur attendue : true ou false.' }).optional(),
});
export type ConventionListQuery = z.infer<typeof conventionListQuerySchema>;

/** Period of the report: both default to the convention's, and are clamped to it. */
export const conventionRapportQuerySchema = z
  .object({
    du: day.optional(),
    au: day.optional(),
    format: z.enum(RAPPORT_FORMATS, { error: 'Format attendu : json, csv, xlsx ou pdf.' }).default('json'),
  })
  .refine((v) => !v.du || !v.au || v.du <= v.au, {
    message: 'La date de fin précède la date de début.',
    path: ['au'],
  });
export type ConventionRapportQuery = z.output<typeof conventionRapportQuerySchema>;

export const conventionViewSchema = z.object({
  id: z.uuid(),
  partenaire: z.object({ id: z.uuid(), nom: z.string() }),
  nom: z.string(),
  reference: z.string().nullable(),
  du: z.string(),
  au: z.string(),
  commentaire: z.string().nullable(),
  territoires: z.array(z.object({ id: z.uuid(), qpvCode: z.string(), nom: z.string() })),
  lieux: z.array(z.object({ id: z.uuid(), nom: z.string(), kind: z.string(), territoireId: z.uuid() })),
  objectifs: z.array(z.object({ indicateur: z.enum(INDICATEURS), cible: z.number() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ConventionView = z.infer<typeof conventionViewSchema>;

export const objectifRealiseSchema = z.object({
  indicateur: z.enum(INDICATEURS),
  libelle: z.string(),
  cible: z.number(),
  realise: z.number(),
  taux: z.number().nullable(),
});
export type ObjectifRealise = z.infer<typeof objectifRealiseSchema>;

/** The JSON of `GET /api/conventions/:id/rapport`. */
export const conventionRapportSchema = z.object({
  convention: conventionViewSchema,
  periode: z.object({ du: z.string(), au: z.string() }),
  objectifs: z.array(objectifRealiseSchema),
  rapport: rapportActiviteSchema,
});
export type ConventionRapport = z.infer<typeof conventionRapportSchema>;

/** Each objective of a convention against what the report says was done. */
export const objectifsRealises = (objectifs: ObjectifInput[], rapport: RapportActivite): ObjectifRealise[] =>
  objectifs.map(({ indicateur, cible }) => {
    const fait = realise(indicateur, rapport);
    return {
      indicateur,
      libelle: INDICATEUR_LABELS[indicateur],
      cible,
      realise: fait,
      taux: taux(fait, cible),
    };
  });

/** The objectives as the first table of the CSV, XLSX and PDF. */
export const objectifsTableau = (objectifs: ObjectifRealise[]): Tableau => ({
  feuille: 'Objectifs',
  titre: 'Objectifs de la convention : réalisé et cible',
  colonnes: ['Code', 'Indicateur', 'Cible', 'Réalisé', 'Taux (%)'],
  lignes: objectifs.map((o) => [o.indicateur, o.libelle, o.cible, o.realise, o.taux ?? '']),
});
