/**
 * The other features' tables that the report reads in raw SQL, as typed aliases (ADR 021): in
 * `sql` templates `${act.t.cadre}` renders "a"."cadre" and `${act.from}` renders "activites" "a",
 * so renaming or dropping a column the report counts on breaks the typecheck here instead of the
 * bilan at run time. The CTEs built on them name their own columns (`as cadre`), local to a query.
 */
import { sql } from 'drizzle-orm';
import { alias, type PgTable } from 'drizzle-orm/pg-core';
import {
  actions,
  activiteMediateurs,
  activites,
  contacts,
  demandes,
  diagnostics,
  orientations,
  partners,
  places,
  signalementStatuts,
  signalements,
  situations,
  territories,
  users,
} from '../../db/schema';

/** A table under a short alias: `t` for its columns, `from` for the FROM clause. */
function source<T extends PgTable, N extends string>(table: T, name: N) {
  return { t: alias(table, name), from: sql`${table} ${sql.identifier(name)}` };
}

export const act = source(activites, 'a');
export const actn = source(actions, 'ac');
export const diag = source(diagnostics, 'dg');
export const actMed = source(activiteMediateurs, 'm');
export const cont = source(contacts, 'c');
export const usr = source(users, 'u');
export const sit = source(situations, 's');
export const sig = source(signalements, 's');
export const sigStatut = source(signalementStatuts, 'st');
export const partner = source(partners, 'pa');
export const dem = source(demandes, 'd');
export const ori = source(orientations, 'o');
export const place = source(places, 'pl');
export const terr = source(territories, 't');
