/**
 * The text sections a coordinator writes for the bilan d'activité of a period: their codes,
 * French labels and hints, limits, and the schemas of `GET`/`PUT /api/rapports/textes`.
 * Shared by the API, the web form and the documents (PDF, XLSX, CSV).
 */
import { z } from 'zod';
import { nettoyerTexte } from '../zod-fr';
import { checkPeriode, jourSchema } from './rapport.schema';
import type { Tableau } from './rapport.tables';

export const TEXTE_SECTIONS = ['introduction', 'faits_marquants', 'partenariats', 'perspectives'] as const;
export type TexteSection = (typeof TEXTE_SECTIONS)[number];

export interface TexteSectionInfo {
  label: string;
  /** One sentence under the field: what the section is for. */
  hint: string;
  /** Characters, after line breaks are normalised. */
  max: number;
}

export const TEXTE_SECTION_INFO: Record<TexteSection, TexteSectionInfo> = {
  introduction: {
    label: 'Le mot de la coordination',
    hint: 'Ouvre le bilan, avant les chiffres clés : le contexte de l’année, l’équipe, les priorités.',
    max: 4000,
  },
  faits_marquants: {
    label: 'Faits marquants de la période',
    hint: 'Après les chiffres clés : les événements, actions et situations qui ont marqué la période.',
    max: 8000,
  },
  partenariats: {
    label: 'Partenariats',
    hint: 'Après les tableaux : avec qui l’équipe a travaillé, ce qui a avancé, ce qui reste à construire.',
    max: 6000,
  },
  perspectives: {
    label: 'Perspectives',
    hint: 'Termine le bilan : les objectifs et projets de la période suivante.',
    max: 4000,
  },
};

/** The period the texts belong to: the same days, and the same limits, as the report's. */
export const rapportTextesQuerySchema = z
  .object({ du: jourSchema, au: jourSchema })
  .superRefine(checkPeriode());
export type RapportTextesQuery = z.output<typeof rapportTextesQuerySchema>;

const sectionTexte = (s: TexteSection) => {
  const { max } = TEXTE_SECTION_INFO[s];
  return z
    .string({ error: 'Texte attendu.' })
    .transform(nettoyerTexte)
    .pipe(
      z
        .string()
        .max(
          max,
          `Au plus ${String(max).replace(/\B(?=(\d{3})+$)/g, '\u00a0')} caractères pour cette section.`,
        ),
    )
    .optional();
};

/**
 * Body of `PUT /api/rapports/textes`: only the sections named change; an empty text removes
 * its section. An unknown section code is refused.
 */
export const rapportTextesSaveSchema = z
  .strictObject({
    du: jourSchema,
    au: jourSchema,
    sections: z.strictObject(
      Object.fromEntries(TEXTE_SECTIONS.map((s) => [s, sectionTexte(s)])) as {
        [K in TexteSection]: ReturnType<typeof sectionTexte>;
      },
      {
        error: (i) =>
          i.code === 'unrecognized_keys' ? `Section inconnue : ${i.keys.join(', ')}.` : undefined,
      },
    ),
  })
  .superRefine(checkPeriode());
export type RapportTextesSaveInput = z.output<typeof rapportTextesSaveSchema>;

export type RapportTextes = Partial<Record<TexteSection, string>>;

/** The answer of both routes: the period's written sections (absent when never written). */
export const rapportTextesViewSchema = z.object({
  du: z.string(),
  au: z.string(),
  sections: z.partialRecord(z.enum(TEXTE_SECTIONS), z.string()),
  /** Last change of any section, ISO instant; null when nothing is written. */
  updatedAt: z.string().nullable(),
});
export type RapportTextesView = z.infer<typeof rapportTextesViewSchema>;

/** The sections as a report table (the XLSX `Textes` sheet, the CSV's last table): every section, empty when not written. */
export const textesTableau = (textes: RapportTextes): Tableau => ({
  feuille: 'Textes',
  titre: 'Textes du bilan',
  colonnes: ['Code', 'Section', 'Texte'],
  lignes: TEXTE_SECTIONS.map((s) => [s, TEXTE_SECTION_INFO[s].label, textes[s] ?? '']),
});
