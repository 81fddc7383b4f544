/** Query of the activity report, and the shape it answers: shared by the API and the web page. */
import { z } from 'zod';
import {
  CADRES,
  CRENEAUX,
  GENRES,
  NATURES,
  PUBLICS,
  REGISTRES,
} from '../main-courante/main-courante.taxonomies';
import { qpvCodeSchema as qpvCode } from '../territoires/territoire.schema';
import { PERIODE_JOURS_MAX, periodeErreur } from '../time/periode';
import { jourSchema } from '../zod-fr';
import { rapportActionsSchema, rapportRegistresSchema } from './rapport-actions';
import { rapportPlanningSchema } from './rapport-planning';
import { rapportProjetsSchema } from './rapport-projets';
import { parCode, rapportSectionsShape } from './rapport-sections.schema';
import { rapportSecuriteSchema } from './rapport-securite';

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

const activitesHeures = { activites: z.number(), heures: z.number() };
export type ActivitesHeures = z.infer<z.ZodObject<typeof activitesHeures>>;

/** The JSON of `GET /api/rapports/activite`: every code of every list is present. */
export const rapportActiviteSchema = z.object({
  periode: z.object({ du: z.string(), au: z.string() }),
  presence: z.object({
    activites: z.number(),
    heures: z.number(),
    heures_mediateurs: z.number(),
    par_cadre: parCode(CADRES, z.object(activitesHeures)),
    par_creneau: parCode(CRENEAUX),
  }),
  contacts: z.object({
    nombre: z.number(),
    personnes: z.number(),
    par_nature: parCode(NATURES),
    par_registre: parCode(REGISTRES),
    par_public: parCode(PUBLICS),
    par_genre: parCode(GENRES),
  }),
  par_qpv: z.record(z.string(), z.object({ ...activitesHeures, personnes: z.number() })),
  /** Activities each mediator of the structure was present on, as the actor may see them (rapport.rules). */
  par_mediateur: z.array(z.object({ ...activitesHeures, id: z.string(), nom: z.string() })),
  /** Hours planned beside hours done (rapport-planning.ts). */
  planning: rapportPlanningSchema,
  /** Residents' projects (rapport-projets.ts). */
  projets: rapportProjetsSchema,
  /** The team's safety (alerts of the period): coordination and direction only, else null. */
  securite: rapportSecuriteSchema.nullable(),
  /** The sections of the other modules (rapport-sections.schema.ts). */
  ...rapportSectionsShape,
  /** Collective actions (rapport-actions.ts). */
  actions: rapportActionsSchema,
  /** For each of the eight registres, what feeds it (rapport-actions.ts). */
  registres: rapportRegistresSchema,
});
export type RapportActivite = z.infer<typeof rapportActiviteSchema>;

/** The same dates one year earlier (29 February becomes 28 February). */
export function anneePrecedente(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = m === 2 && d === 29 ? 28 : d;
  return `${String(y - 1).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
