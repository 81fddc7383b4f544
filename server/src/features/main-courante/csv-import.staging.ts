/**
 * The CSV import's staging table and its set-based writes (csv-import.service.ts drives them).
 * Rows carry their slice: whole activities, about SLICE_LINES lines each, written per slice on PGlite.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { integer, pgTable, uuid } from 'drizzle-orm/pg-core';
import { coversTerritory } from '../../../../domain/auth/roles';
import type { ImportRejet } from '../../../../domain/main-courante/activite.views';
import type { DbOrTx } from '../../db/client';
import { places, territories, users } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import type { ImportRefs, StagedRow } from './csv-import.rows';

const BATCH = 1000;
/** Lines per write transaction on PGlite (whole activities): ~50 ms of work each. */
const SLICE_LINES = 1000;

/** The staging table: temporary, dropped at commit, not part of the schema (the DDL below is its truth). */
const staged = pgTable('mc_import_rows', {
  line: integer('line').notNull(),
  activiteId: uuid('activite_id').notNull(),
  placeId: uuid('place_id'),
  slice: integer('slice').notNull(),
});
export const stagedDdl = (onCommit: string) =>
  sql.raw(`create temporary table mc_import_rows (
  slice integer not null, line integer not null, activite_id uuid not null, contact_id uuid not null, territory_id uuid not null,
  sector_id uuid, place_id uuid, cadre text not null, debut timestamptz not null, fin timestamptz not null,
  creneau text not null, duree_minutes integer, mediateur_ids uuid[] not null, nature text not null,
  nb_personnes integer not null, public text not null, genre text not null, commentaire text
) ${onCommit}`);

/**
 * Stages a batch as one JSON parameter: 17 columns × 1,000 rows as bind parameters cost about
 * twice as much on PGlite.
 */
export async function stage(tx: DbOrTx, rows: Array<StagedRow & { slice: number }>) {
  const json = JSON.stringify(
    rows.map((r) => ({
      slice: r.slice,
      line: r.line,
      activite_id: r.activiteId,
      contact_id: r.contactId,
      territory_id: r.territoryId,
      sector_id: r.sectorId,
      place_id: r.placeId,
      cadre: r.cadre,
      debut: r.debut,
      fin: r.fin,
      creneau: r.creneau,
      duree_minutes: r.dureeMinutes,
      mediateur_ids: `{${r.mediateurIds.join(',')}}`,
      nature: r.nature,
      nb_personnes: r.nbPersonnes,
      public: r.public,
      genre: r.genre,
      commentaire: r.commentaire,
    })),
  );
  await tx.execute(
    sql`insert into mc_import_rows select * from json_populate_recordset(null::mc_import_rows, ${json}::json)`,
  );
}

export async function loadRefs(tx: DbOrTx, ctx: ServiceContext): Promise<ImportRefs> {
  const sid = ctx.actor.structureId;
  const terr = await tx.select().from(territories).where(eq(territories.structureId, sid));
  const meds = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.structureId, sid), inArray(users.role, ['mediateur', 'coordinateur'])));
  const plc = await tx.select().from(places).where(eq(places.structureId, sid));
  return {
    structureId: sid,
    territories: new Map(
      terr.map((t) => [t.qpvCode, { id: t.id, covered: coversTerritory(ctx.actor, t.id) }]),
    ),
    mediators: new Map(meds.map((m) => [m.email.toLowerCase(), m.id])),
    places: new Map(
      plc.map((p) => [
        `${p.territoryId}|${p.nom.replace(/\s+/g, ' ').trim().toLowerCase()}`,
        { id: p.id, sectorId: p.sectorId, nom: p.nom, territoryId: p.territoryId, created: false },
      ]),
    ),
  };
}

type Rows<T> = { rows: T[] };

/** Writes what the staging table holds (one slice of it, or all); answers the counts. */
export async function writeStaged(tx: DbOrTx, ctx: ServiceContext, refs: ImportRefs, slice?: number) {
  const inSlice = slice === undefined ? sql`true` : sql`slice = ${slice}`;
  const used = new Set(
    (
      await tx
        .selectDistinct({ id: staged.placeId })
        .from(staged)
        .where(slice === undefined ? undefined : eq(staged.slice, slice))
    )
      .map((r) => r.id)
      .filter(Boolean),
  );
  const newPlaces = [...refs.places.values()].filter((p) => p.created && used.has(p.id));
  for (let i = 0; i < newPlaces.length; i += BATCH) {
    await tx
      .insert(places)
      .values(
        newPlaces.slice(i, i + BATCH).map((p) => ({
          id: p.id,
          structureId: ctx.actor.structureId,
          territoryId: p.territoryId,
          nom: p.nom,
          kind: 'autre',
        })),
      )
      .onConflictDoNothing({ target: places.id });
  }
  // Typed casts: parameters in a select list would otherwise arrive as text.
  const now = sql`${ctx.now().toISOString()}::timestamptz`;
  const sid = sql`${ctx.actor.structureId}::uuid`;
  const uid = sql`${ctx.actor.userId}::uuid`;
  // Ids derive from the structure and the line, and imports of a structure take turns: NOT EXISTS
  // finds what an earlier import wrote, without the cost of ON CONFLICT's speculative insertion.
  // The activity copies of mediator and contact rows are supplied here, so their insert
  // triggers (migration 0015) skip their lookup row by row.
  // `offset 0` keeps each lookup a probe of the primary key: as a join, the planner (without
  // statistics on tables that grow batch after batch) hashed the whole table for every batch.
  const acts = (await tx.execute(sql`
    with src as (
      select distinct on (activite_id) * from mc_import_rows where ${inSlice} order by activite_id
    ), fresh as (
      insert into activites (id, structure_id, territory_id, sector_id, place_id, cadre, debut, fin, creneau,
        duree_minutes, source, created_by, created_at, updated_at)
      select activite_id, ${sid}, territory_id, sector_id, place_id, cadre,
        debut, fin, creneau, duree_minutes, 'import', ${uid}, ${now}, ${now}
      from src where not exists (select 1 from activites a where a.id = src.activite_id offset 0)
      returning id, territory_id, place_id, debut, duree_minutes
    ), meds as (
      insert into activite_mediateurs (activite_id, user_id, activite_debut, activite_territory_id,
        activite_place_id, structure_id, activite_duree_minutes)
      select f.id, m.user_id, f.debut, f.territory_id, f.place_id, ${sid}, f.duree_minutes
      from fresh f join src on src.activite_id = f.id cross join lateral unnest(src.mediateur_ids) as m(user_id)
      returning 1
    )
    select (select count(*)::int from fresh) as created, (select count(*)::int from src) as total,
      (select count(*)::int from meds) as meds`)) as unknown as Rows<{ created: number; total: number }>;
  const contactRows = (await tx.execute(sql`
    with ins as (
      insert into contacts (id, structure_id, activite_id, nature, nb_personnes, public, genre, commentaire,
        created_by, created_at, updated_at, activite_debut, activite_territory_id, activite_place_id)
      select r.contact_id, ${sid}, r.activite_id, r.nature, r.nb_personnes, r.public, r.genre, r.commentaire,
        ${uid}, ${now}, ${now}, a.debut, a.territory_id, a.place_id
      from mc_import_rows r cross join lateral (
        select a.debut, a.territory_id, a.place_id from activites a where a.id = r.activite_id offset 0
      ) a
      where ${inSlice} and not exists (select 1 from contacts c where c.id = r.contact_id offset 0)
      returning 1
    ) select count(*)::int as n from ins`)) as unknown as Rows<{ n: number }>;
  const a = acts.rows[0]!;
  return {
    activites: Number(a.created),
    dejaImportees: Number(a.total) - Number(a.created),
    contacts: Number(contactRows.rows[0]!.n),
    lieuxCrees: newPlaces.map((p) => p.nom),
  };
}

/** Slices of whole activities, about SLICE_LINES lines each, numbered as lines are read. */
export class Slicer {
  private readonly of = new Map<string, number>();
  private current = 0;
  private lines = 0;
  count = 1;
  /** Distinct activities seen so far. */
  get activites() {
    return this.of.size;
  }
  sliceOf(activiteId: string): number {
    const known = this.of.get(activiteId);
    if (known !== undefined) return known;
    if (this.lines >= SLICE_LINES) {
      this.current++;
      this.count++;
      this.lines = 0;
    }
    this.of.set(activiteId, this.current);
    return this.current;
  }
  add(activiteId: string) {
    const slice = this.sliceOf(activiteId);
    if (slice === this.current) this.lines++;
    return slice;
  }
}

/** Partial mode: an activity with a faulty line is left out whole; its valid lines are said so. */
export async function discardTainted(tx: DbOrTx, tainted: Set<string>, addRejet: (r: ImportRejet) => void) {
  const ids = [...tainted];
  for (let i = 0; i < ids.length; i += BATCH) {
    const gone = await tx
      .delete(staged)
      .where(inArray(staged.activiteId, ids.slice(i, i + BATCH)))
      .returning({ line: staged.line });
    for (const { line } of gone.sort((x, y) => x.line - y.line)) {
      addRejet({
        ligne: line,
        colonne: null,
        message: 'Ligne valide écartée : une autre ligne de la même activité est en erreur.',
      });
    }
  }
}
