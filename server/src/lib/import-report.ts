/**
 * Bounds on what an import report sends back (main courante CSV, data·inclusion directory):
 * a 10 MB one-line file once came back as a 20 MB error body. Values taken from the user's
 * file are shortened, lists are capped while their full count is still reported.
 */

/** Characters of a value from the file that a report repeats. */
export const ECHO_MAX = 200;
/** Entries a report lists (rejections, created places); the counts stay exact. */
export const REPORT_LIST_MAX = 1000;

/** A value from the user's file, shortened for a report (never splitting a surrogate pair). */
export function echo(value: string, max = ECHO_MAX): string {
  if (value.length <= max) return value;
  let cut = value.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut}… (${value.length} caractères)`;
}

/** Pushes into a capped list; answers whether the entry was kept. */
export function pushCapped<T>(list: T[], entry: T, max = REPORT_LIST_MAX): boolean {
  if (list.length >= max) return false;
  list.push(entry);
  return true;
}
