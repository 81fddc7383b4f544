import { isJour } from '@domain/time/periode';

/**
 * Filters a list page takes from its address, so that a count of « Aujourd'hui » opens the list
 * filtered on exactly what it counted (`/situations?enRetard=true`). Unknown values are ignored.
 */
export const queryEnum = <T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
): T | undefined => {
  const v = params.get(key);
  return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
};

/** `true`/`1` → true, `false`/`0` → false, else undefined. */
export const queryFlag = (params: URLSearchParams, key: string): boolean | undefined => {
  const v = params.get(key);
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  return undefined;
};

/** A Paris day `AAAA-MM-JJ`, else undefined. */
export const queryDay = (params: URLSearchParams, key: string): string | undefined => {
  const v = params.get(key);
  return isJour(v) ? v : undefined;
};
