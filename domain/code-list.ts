/**
 * A code list of TAXONOMIES.md in one place: its stable codes (in the order the labels are
 * written), their French labels, the options of a select, and a test of membership. No zod here:
 * the street capture's pages read labels without carrying the validator; the zod enum of a list
 * is `codeEnum(list, message)` in `zod-fr.ts`.
 */

export interface CodeOption<C extends string> {
  readonly value: C;
  readonly label: string;
}

export interface CodeList<C extends string> {
  readonly codes: readonly [C, ...C[]];
  readonly labels: Readonly<Record<C, string>>;
  readonly options: CodeOption<C>[];
  /** The label of a code; an unknown value is shown as it is (an old export, a hand-typed URL). */
  label(code: string): string;
  has(value: unknown): value is C;
}

export type CodeOf<L> = L extends CodeList<infer C> ? C : never;

export function codeList<const L extends Record<string, string>>(labels: L): CodeList<keyof L & string> {
  type C = keyof L & string;
  const codes = Object.keys(labels) as C[];
  if (codes.length === 0) throw new Error('A code list needs at least one code.');
  const known = new Set<string>(codes);
  return {
    codes: codes as [C, ...C[]],
    labels,
    options: codes.map((value) => ({ value, label: labels[value] as string })),
    label: (code) => (known.has(code) ? (labels[code] as string) : code),
    has: (value): value is C => typeof value === 'string' && known.has(value),
  };
}

/** Select options for some codes of a list, in the given order (a subset a form offers). */
export const optionsOf = <C extends string>(list: CodeList<C>, codes: readonly C[]): CodeOption<C>[] =>
  codes.map((value) => ({ value, label: list.labels[value] }));
