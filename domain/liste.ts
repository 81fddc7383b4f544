/**
 * The one list contract (docs/listes.md, ADR 019), shared by every list endpoint and the web.
 * Query: `page` (from 1) and `parPage` (default 50, at most 200), plus each list's filters.
 * Answer: `{ items, total, page, parPage }`, `total` counted over the filter (and period) only.
 */
import { z } from 'zod';
import { addDays } from './time/paris';
import { FIN_AVANT_DEBUT, ordreErreur } from './time/periode';
import { jourSchema } from './zod-fr';

export const PAR_PAGE_DEFAUT = 50;
export const PAR_PAGE_MAX = 200;
/** Far enough for any real walk, small enough that OFFSET stays an integer PostgreSQL accepts. */
export const PAGE_MAX = 100_000;

const entier = { error: 'Nombre entier attendu.' };

/** The two paging fields, to spread into a list's query object. */
export const paginationShape = {
  page: z.coerce
    .number(entier)
    .int('Numéro de page entier attendu.')
    .min(1, 'Les pages commencent à 1.')
    .max(PAGE_MAX, `Au plus ${PAGE_MAX} pages.`)
    .default(1),
  parPage: z.coerce
    .number(entier)
    .int('Nombre d’éléments par page entier attendu.')
    .min(1, 'Au moins 1 élément par page.')
    .max(PAR_PAGE_MAX, `Au plus ${PAR_PAGE_MAX} éléments par page.`)
    .default(PAR_PAGE_DEFAUT),
};

export const paginationSchema = z.object(paginationShape);
export type Pagination = z.infer<typeof paginationSchema>;

/**
 * A list's query schema: its own filters plus `page` and `parPage`.
 * Usage: `listeQuerySchema({ q: recherche(100), statut: ... })`.
 */
export const listeQuerySchema = <S extends z.ZodRawShape>(filtres: S) =>
  z.object({ ...filtres, ...paginationShape });

/** The answer of every paginated list. */
export interface Page<T> {
  items: T[];
  /** Rows matching the filter (and period), over every page. */
  total: number;
  page: number;
  parPage: number;
}

/** The answer's zod schema, for OpenAPI and for tests that check a body. */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    parPage: z.number().int().min(1).max(PAR_PAGE_MAX),
  });

/** SQL OFFSET of a page. */
export const pageOffset = (p: Pagination): number => (p.page - 1) * p.parPage;

/** Number of pages for a total (at least 1, so an empty list still shows « page 1 »). */
export const nbPages = (total: number, parPage: number): number => Math.max(1, Math.ceil(total / parPage));

/** `du`/`au` (both optional, inclusive days): the period filter of dated lists. */
export const periodeShape = { du: jourSchema.optional(), au: jourSchema.optional() };

/** Refinement for a query holding `du`/`au`: the end may not precede the start. */
export const periodeValide: [
  (v: { du?: string; au?: string }) => boolean,
  { message: string; path: string[] },
] = [(v) => ordreErreur(v.du, v.au) === null, { message: FIN_AVANT_DEBUT, path: ['au'] }];

/** Days a dated list covers when no `du` is given (the main courante, ADR 019). */
export const PERIODE_DEFAUT_JOURS = 30;

/**
 * The period a dated list really covers: a missing `du` becomes the 30 days ending at `au`
 * (or today), so a default list and its totals never grow with the years. `au` stays open
 * when not given. To see older rows, give `du`.
 */
export function periodeEffective(
  q: { du?: string; au?: string },
  aujourdhui: string,
): { du: string; au: string | null } {
  const fin = q.au ?? aujourdhui;
  return { du: q.du ?? addDays(fin, 1 - PERIODE_DEFAUT_JOURS), au: q.au ?? null };
}
