/** Query of the activity report, and the shape it answers: shared by the API and the web page. */
import { z } from 'zod';
import type {
  Cadre,
  Creneau,
  Genre,
  Nature,
  Public,
  Registre,
} from '../main-courante/main-courante.taxonomies';
import { qpvCodeSchema as qpvCode } from '../territoire/territoire.schema';
import type {
  RapportAccueil,
  RapportOrientations,
  RapportSignalements,
  RapportSituations,
} from './rapport-sections.schema';

export const RAPPORT_FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;
export type RapportFormat = (typeof RAPPORT_FORMATS)[number];
/** A report covers at most this many days (three years and a leap day). */
export const RAPPORT_JOURS_MAX = 3 * 366;

const ANNEE_MIN = '1900-01-01';
const ANNEE_MAX = '2200-01-01';

/** A calendar day (AAAA-MM-JJ) bounding a period: the report's, the bilan texts', a convention's. */
export const jourSchema = z.iso
  .date({
    error: (i) =>
      i.input === undefined || i.input === '' ? 'Champ obligatoire.' : 'Date attendue au format AAAA-MM-JJ.',
  })
  // PostgreSQL has no year 0, and a period's bounds (the next day, the year before) must stay dates.
  .refine((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || (d >= ANNEE_MIN && d < ANNEE_MAX), {
    message: 'Date hors des années 1900 à 2199.',
  });

const joursEntre = (du: string, au: string) => (Date.parse(au) - Date.parse(du)) / 86_400_000;
const isJour = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/**
 * A period [du, au] in order and of at most three years, said on `au` (`quoi` names it in the
 * message). Checked only once both days are valid, so a bad date gets its own message alone.
 */
export const checkPeriode =
  (quoi = 'Une période') =>
  (v: { du: string; au: string }, ctx: z.RefinementCtx) => {
    if (!isJour(v.du) || !isJour(v.au)) return;
    if (v.du > v.au) {
      ctx.addIssue({ code: 'custom', message: 'La date de fin précède la date de début.', path: ['au'] });
    } else if (joursEntre(v.du, v.au) >= RAPPORT_JOURS_MAX) {
      ctx.addIssue({ code: 'custom', message: `${quoi} couvre au plus trois ans.`, path: ['au'] });
    }
  };

export const rapportQuerySchema = z
  .object({
    du: jourSchema,
    au: jourSchema,
    /** Repeatable: `qpv=A&qpv=B`. */
    qpv: z
      .union([qpvCode, z.array(qpvCode).max(200, 'Au plus 200 QPV.')])
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v])),
    format: z.enum(RAPPORT_FORMATS, { error: 'Format attendu : json, csv, xlsx ou pdf.' }).default('json'),
  })
  .superRefine(checkPeriode());
export type RapportQuery = z.output<typeof rapportQuerySchema>;

export interface ActivitesHeures {
  activites: number;
  heures: number;
}

/** The JSON of `GET /api/rapports/activite`: every code of every list is present. */
export interface RapportActivite {
  periode: { du: string; au: string };
  presence: {
    activites: number;
    heures: number;
    heures_mediateurs: number;
    par_cadre: Record<Cadre, ActivitesHeures>;
    par_creneau: Record<Creneau, number>;
  };
  contacts: {
    nombre: number;
    personnes: number;
    par_nature: Record<Nature, number>;
    par_registre: Record<Registre, number>;
    par_public: Record<Public, number>;
    par_genre: Record<Genre, number>;
  };
  par_qpv: Record<string, ActivitesHeures & { personnes: number }>;
  /** Activities each mediator of the structure was present on, as the actor may see them (rapport.rules). */
  par_mediateur: Array<ActivitesHeures & { id: string; nom: string }>;
  /** The sections of the other modules (rapport-sections.schema.ts). */
  accueil: RapportAccueil;
  orientations: RapportOrientations;
  situations: RapportSituations;
  signalements: RapportSignalements;
}

/** The same dates one year earlier (29 February becomes 28 February). */
export function anneePrecedente(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = m === 2 && d === 29 ? 28 : d;
  return `${String(y - 1).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
