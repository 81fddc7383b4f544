/** SQL and folding helpers shared by the report sections (rapports.sections*.ts). */
import { type SQL, sql } from 'drizzle-orm';
import { addDays, parisInstant } from '../../../../domain/main-courante/creneau';
import type { RapportPerimetre } from './rapports.service';

export type Coded = { code: string; n: number };
export type Partnered = { id: string | null; nom: string | null; n: number };

/** json columns arrive parsed from both drivers; text only if a driver leaves them raw. */
export const parseJson = <T>(v: T[] | string | null): T[] =>
  v === null ? [] : typeof v === 'string' ? (JSON.parse(v) as T[]) : v;

/** Every code at 0, then the counted groups added (a code outside the list is ignored). */
export function parCode<K extends string>(codes: readonly K[], rows: Coded[]): Record<K, number> {
  const out = Object.fromEntries(codes.map((k) => [k, 0])) as Record<K, number>;
  for (const r of rows) if (r.code in out) out[r.code as K] += Number(r.n);
  return out;
}

/** Rounds at output only; null (nothing qualified) stays null. */
export const arrondi = (v: number | string | null, decimals: number): number | null => {
  if (v === null) return null;
  const f = 10 ** decimals;
  return Math.round(Number(v) * f) / f;
};

/** Partner lines sorted by name (French order), the line without partner last. */
export const parNom = <T extends { id: string | null; nom: string }>(lines: T[]) =>
  lines.sort((a, b) => (a.id === null ? 1 : b.id === null ? -1 : a.nom.localeCompare(b.nom, 'fr')));

const uuids = (xs: string[]) =>
  sql.join(
    xs.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/**
 * A module row is in the perimeter when its territory is one of the report's, or its place (for
 * rows that have one) one of the report's places; the whole structure when there is no filter.
 */
export function dansPerimetre(p: RapportPerimetre, territory: SQL, place: SQL | null): SQL {
  if (!p.filtre) return sql`true`;
  const anyOf: SQL[] = [];
  if (p.territoires.length) anyOf.push(sql`${territory} in (${uuids(p.territoires.map((t) => t.id))})`);
  if (place && p.lieuIds.length) anyOf.push(sql`${place} in (${uuids(p.lieuIds)})`);
  return anyOf.length ? sql`(${sql.join(anyOf, sql` or `)})` : sql`false`;
}

/** [from, to) instants of the Paris days du…au. */
export const bornes = (du: string, au: string) => ({
  from: parisInstant(du).toISOString(),
  to: parisInstant(addDays(au, 1)).toISOString(),
});
