/**
 * The period rule, without zod: the server's `checkPeriode` refinement (domain/rapports) and
 * the web's forms and filters say the same thing with the same words. Zod-free on purpose: the
 * street capture pages import it and must not carry zod.
 */

/** A report, a bilan or a convention covers at most this many days (three years and a leap day). */
export const PERIODE_JOURS_MAX = 3 * 366;

export const FIN_AVANT_DEBUT = 'La date de fin précède la date de début.';

/** A calendar day `AAAA-MM-JJ` that exists (no 31 April). */
export function isJour(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const t = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === v;
}

const joursEntre = (du: string, au: string) => (Date.parse(au) - Date.parse(du)) / 86_400_000;

/** The filter of a dated list: the end may not precede the start (`periodeValide`, domain/liste). */
export const ordreErreur = (du: string | null | undefined, au: string | null | undefined): string | null =>
  isJour(du) && isJour(au) && du > au ? FIN_AVANT_DEBUT : null;

/**
 * Why [du, au] is not a period (`quoi` names it: « Une période », « Le bilan »), or null. A
 * missing or malformed day gives null: it has its own message on its own field.
 */
export function periodeErreur(
  du: string | null | undefined,
  au: string | null | undefined,
  quoi = 'Une période',
): string | null {
  if (!isJour(du) || !isJour(au)) return null;
  if (du > au) return FIN_AVANT_DEBUT;
  if (joursEntre(du, au) >= PERIODE_JOURS_MAX) return `${quoi} couvre au plus trois ans.`;
  return null;
}

/** Whether [du, au] is a whole, valid period (both days given). */
export const isPeriode = (du: string | null | undefined, au: string | null | undefined): boolean =>
  isJour(du) && isJour(au) && periodeErreur(du, au) === null;
