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
import { qpvCodeSchema as qpvCode } from '../territoires/territoire.schema';
import { PERIODE_JOURS_MAX, periodeErreur } from '../time/periode';
import { jourSchema } from '../zod-fr';
import type { RapportPlanning } from './rapport-planning';
import type {
  RapportAccueil,
  RapportOrientations,
  RapportSignalements,
  RapportSituations,
} from './rapport-sections.schema';
import type { RapportSecurite } from './rapport-securite';

export const RAPPORT_FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;
export type RapportFormat = (typeof RAPPORT_FORMATS)[number];
/** A report covers at most this many days (three years and a leap day). */
export const RAPPORT_JOURS_MAX = PERIODE_JOURS_MAX;

/** A calendar day bounding a period: the report's, the bilan texts', a convention's. */
export { jourSchema };

/**
 * A period [du, au] in order and of at most three years, said on `au` (`quoi` names it in the
 * message). Checked only once both days are valid, so a bad date gets its own message alone.
 * The rule itself is `periodeErreur` (domain/time/periode.ts), which the web's forms use too.
 */
export const checkPeriode =
  (quoi = 'Une période') =>
  (v: { du: string; au: string }, ctx: z.RefinementCtx) => {
    const message = periodeErreur(v.du, v.au, quoi);
    if (message) ctx.addIssue({ code: 'custom', message, path: ['au'] });
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
  /** Hours planned beside hours done (rapport-planning.ts). */
  planning: RapportPlanning;
  /** The team's safety (alerts of the period): coordination and direction only, else null. */
  securite: RapportSecurite | null;
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
