/**
 * The reference data every form and filter picks from — the structure's QPV, their places and
 * the partners — turned into select options once. The views come from `GET /api/territoires`
 * and `GET /api/partenaires` (read by `web/src/app/reference-options.ts`, where the features
 * meet). Type-only imports: the street capture pages use this and must not carry zod.
 */
import type { PartenaireView } from '@domain/partenaires/partenaire.schema';
import type { LieuView, TerritoireView } from '@domain/territoires/territoire.schema';

export interface Option {
  value: string;
  label: string;
}

export interface OptionGroup {
  group: string;
  items: Option[];
}

type Territoires = readonly TerritoireView[] | undefined;

/** The partners, by name. */
export const partenaireOptions = (partenaires: readonly Pick<PartenaireView, 'id' | 'nom'>[] | undefined) =>
  (partenaires ?? []).map((p): Option => ({ value: p.id, label: p.nom }));

/** The QPV by name; `withCode` adds the national code, where two QPV may share a name. */
export const territoireOptions = (
  territoires: readonly Pick<TerritoireView, 'id' | 'nom' | 'qpvCode'>[] | undefined,
  withCode = false,
) =>
  (territoires ?? []).map(
    (t): Option => ({ value: t.id, label: withCode ? `${t.nom} (${t.qpvCode})` : t.nom }),
  );

/** The places of one QPV (or of none: an empty list). */
export const lieuOptions = (
  territoire: Pick<TerritoireView, 'lieux'> | undefined,
  label: (l: LieuView) => string = (l) => l.nom,
) => (territoire?.lieux ?? []).map((l): Option => ({ value: l.id, label: label(l) }));

/** Every place of the structure, grouped under its QPV's name (QPV without places left out). */
export const lieuGroups = (territoires: Territoires, label?: (l: LieuView) => string) =>
  (territoires ?? [])
    .filter((t) => t.lieux.length > 0)
    .map((t): OptionGroup => ({ group: t.nom, items: lieuOptions(t, label) }));

/** Every place of the structure in one list. */
export const allLieuOptions = (territoires: Territoires) =>
  (territoires ?? []).flatMap((t) => lieuOptions(t));

/** QPV name by national code (a report's rows name their QPV by code). */
export const qpvNoms = (territoires: Territoires): Record<string, string> =>
  Object.fromEntries((territoires ?? []).map((t) => [t.qpvCode, t.nom]));
