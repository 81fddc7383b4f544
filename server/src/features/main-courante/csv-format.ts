/** Columns and cell formats of the main courante CSV (TAXONOMIES.md), shared by import and export. */
import { echo } from '../../lib/import-report';

export const CSV_COLUMNS = [
  'date',
  'heure_debut',
  'heure_fin',
  'cadre',
  'qpv',
  'lieu',
  'mediateurs',
  'nature',
  'nb_personnes',
  'public',
  'genre',
  'commentaire',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly CsvColumn[] = [
  'date',
  'heure_debut',
  'heure_fin',
  'cadre',
  'qpv',
  'mediateurs',
  'nature',
  'nb_personnes',
];
export type Fault = { colonne: string | null; message: string };
export type HeaderIndex = Record<CsvColumn, number | undefined>;

/** The column of each name; faults for unknown, repeated or missing columns. */
export function readHeader(fields: string[], separator: string | null): HeaderIndex | Fault[] {
  if (separator === null) {
    return [
      {
        colonne: null,
        message: 'Séparateur non reconnu : les colonnes doivent être séparées par « ; » ou « , ».',
      },
    ];
  }
  const faults: Fault[] = [];
  const index = {} as HeaderIndex;
  fields.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    // Spreadsheets often end every line with a separator: a nameless column is ignored.
    if (name === '') return;
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      const shown = echo(raw.trim());
      faults.push({
        colonne: shown,
        message: `Colonne inconnue « ${shown} ». Colonnes admises : ${CSV_COLUMNS.join(', ')}.`,
      });
    } else if (index[name as CsvColumn] !== undefined) {
      faults.push({ colonne: name, message: 'Colonne en double.' });
    } else index[name as CsvColumn] = i;
  });
  for (const c of REQUIRED) {
    if (index[c] === undefined) faults.push({ colonne: c, message: 'Colonne obligatoire absente.' });
  }
  return faults.length ? faults : index;
}

export function parseDate(s: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : fr ? [fr[3], fr[2], fr[1]] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const out = date.toISOString().slice(0, 10);
  const ok =
    date.getUTCDate() === Number(d) &&
    date.getUTCMonth() === Number(m) - 1 &&
    Number(y) >= 1990 &&
    Number(y) <= 2100;
  return ok ? out : null;
}

export function parseTime(s: string): string | null {
  const m = /^(\d{1,2})[:hH](\d{2})(?::00)?$/.exec(s);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return `${m[1]!.padStart(2, '0')}:${m[2]}`;
}
