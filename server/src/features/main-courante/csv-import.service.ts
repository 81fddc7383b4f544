/**
 * CSV import of an existing main courante (TAXONOMIES.md). The request stream is parsed record
 * by record; valid lines go, 1,000 at a time, into a temporary table, then activities, mediators
 * and contacts are written by three set-based inserts. Every id derives from the structure and
 * the line, so a second import creates nothing.
 *
 * PostgreSQL: one transaction. PGlite runs one statement at a time for the whole process, so
 * there every statement stays short and the writes go slice by slice (about 1,000 lines, whole
 * activities), each slice its own transaction: other users' requests pass in between (ADR 020).
 * Nothing is written before every line was read, so an atomic import is still all or nothing
 * unless the process dies mid-way; importing the same file again then completes it.
 */
import { and, eq, getTableName, inArray, sql } from 'drizzle-orm';
import { integer, pgTable, uuid } from 'drizzle-orm/pg-core';
import { coversTerritory } from '../../../../domain/auth/roles';
import { AppError } from '../../../../domain/errors';
import type { ImportRejet, ImportReport } from '../../../../domain/main-courante/activite.views';
import { allowLongStatements, type DbOrTx, isPglite } from '../../db/client';
import { analyzeAfterBulkWrite } from '../../db/maintenance';
import { activiteMediateurs, activites, contacts, places, territories, users } from '../../db/schema';
import { auditActor, writeAudit } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { CsvError, CsvReader } from '../../lib/csv';
import { type HeaderIndex, readHeader } from './csv-format';
import { type ImportRefs, RowParser, type StagedRow } from './csv-import.rows';

export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
export const IMPORT_REJETS_MAX = 10_000;
const BATCH = 1000;
const IMPORT_TABLES = [activites, activiteMediateurs, contacts, places].map(getTableName);
/** Lines per write transaction on PGlite (whole activities): ~50 ms of work each. */
const SLICE_LINES = 1000;

/** The staging table: temporary, dropped at commit, not part of the schema (the DDL below is its truth). */
const staged = pgTable('mc_import_rows', {
  line: integer('line').notNull(),
  activiteId: uuid('activite_id').notNull(),
  placeId: uuid('place_id'),
  slice: integer('slice').notNull(),
});
const stagedDdl = (onCommit: string) =>
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
async function stage(tx: DbOrTx, rows: Array<StagedRow & { slice: number }>) {
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

/** Ends the transaction without writing: a refused import or a dry run. */
class Rollback extends Error {}

async function loadRefs(tx: DbOrTx, ctx: ServiceContext): Promise<ImportRefs> {
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
async function writeStaged(tx: DbOrTx, ctx: ServiceContext, refs: ImportRefs, slice?: number) {
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
  const acts = (await tx.execute(sql`
    with fresh as (
      insert into activites (id, structure_id, territory_id, sector_id, place_id, cadre, debut, fin, creneau,
        duree_minutes, source, created_by, created_at, updated_at)
      select distinct on (activite_id) activite_id, ${sid}, territory_id, sector_id, place_id, cadre,
        debut, fin, creneau, duree_minutes, 'import', ${uid}, ${now}, ${now}
      from mc_import_rows where ${inSlice} order by activite_id
      on conflict (id) do nothing
      returning id
    ), meds as (
      insert into activite_mediateurs (activite_id, user_id)
      select distinct r.activite_id, m.user_id
      from mc_import_rows r cross join lateral unnest(r.mediateur_ids) as m(user_id)
      where r.activite_id in (select id from fresh)
      returning 1
    )
    select (select count(*)::int from fresh) as created,
      (select count(distinct activite_id)::int from mc_import_rows where ${inSlice}) as total,
      (select count(*)::int from meds) as meds`)) as unknown as Rows<{ created: number; total: number }>;
  const contactRows = (await tx.execute(sql`
    with ins as (
      insert into contacts (id, structure_id, activite_id, nature, nb_personnes, public, genre, commentaire,
        created_by, created_at, updated_at)
      select contact_id, ${sid}, activite_id, nature, nb_personnes, public, genre, commentaire,
        ${uid}, ${now}, ${now}
      from mc_import_rows where ${inSlice}
      on conflict (id) do nothing
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
class Slicer {
  private readonly of = new Map<string, number>();
  private current = 0;
  private lines = 0;
  count = 1;
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

/**
 * PGlite runs in this thread: a turn of the event loop between two short steps lets the other
 * requests in (the steps' own awaits are microtasks only).
 */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** PGlite: the import's temporary table lives in the one session, so imports take turns. */
let pgliteImports: Promise<unknown> = Promise.resolve();

/** Partial mode: an activity with a faulty line is left out whole; its valid lines are said so. */
async function discardTainted(tx: DbOrTx, tainted: Set<string>, addRejet: (r: ImportRejet) => void) {
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

export interface ImportOutcome {
  report: ImportReport;
  /** Nothing was written because of faults (atomic mode, or a file that cannot be read). */
  refused: boolean;
}

export async function importMainCourante(
  ctx: ServiceContext,
  source: AsyncIterable<Buffer | string>,
  opts: { mode: 'atomic' | 'partial'; dryRun: boolean },
): Promise<ImportOutcome> {
  if (!isPglite(ctx.db)) return runImport(ctx, source, opts, false);
  const run = pgliteImports.then(() => runImport(ctx, source, opts, true));
  pgliteImports = run.catch(() => {});
  return run;
}

async function runImport(
  ctx: ServiceContext,
  source: AsyncIterable<Buffer | string>,
  opts: { mode: 'atomic' | 'partial'; dryRun: boolean },
  sliced: boolean,
): Promise<ImportOutcome> {
  const report: ImportReport = {
    mode: opts.mode,
    dryRun: opts.dryRun,
    lignes: 0,
    activites: 0,
    contacts: 0,
    lieuxCrees: [],
    rejets: [],
    nbRejets: 0,
    dejaImportees: 0,
  };
  const addRejet = (r: ImportRejet) => {
    report.nbRejets++;
    if (report.rejets.length < IMPORT_REJETS_MAX) report.rejets.push(r);
  };
  let refused = false;
  const refuse = () => {
    refused = true;
    return new Rollback();
  };
  const audit = (tx: DbOrTx) =>
    writeAudit(tx, {
      ...auditActor(ctx),
      action: 'create',
      entityType: 'import_main_courante',
      entityId: null,
      extra: {
        mode: opts.mode,
        lignes: report.lignes,
        activites: report.activites,
        contacts: report.contacts,
        lieuxCrees: report.lieuxCrees.length,
        dejaImportees: report.dejaImportees,
        rejets: report.nbRejets,
      },
    });
  /** PGlite: each slice in its own short transaction; the report adds them up. */
  const writeSlices = async (refs: ImportRefs, count: number) => {
    await ctx.db.execute(sql`create index on mc_import_rows (slice)`);
    const lieux = new Set<string>();
    for (let slice = 0; slice < count; slice++) {
      await ctx.db
        .transaction(async (tx) => {
          const done = await writeStaged(tx, ctx, refs, slice);
          report.activites += done.activites;
          report.dejaImportees += done.dejaImportees;
          report.contacts += done.contacts;
          for (const nom of done.lieuxCrees) lieux.add(nom);
          if (slice === count - 1) {
            report.lieuxCrees = [...lieux];
            await audit(tx);
          }
          if (opts.dryRun) throw new Rollback();
        })
        .catch((err) => {
          if (!(err instanceof Rollback)) throw err;
        });
      await breathe();
    }
  };
  // `tx` is the import's transaction on PostgreSQL, the database itself on PGlite (sliced).
  const body = async (tx: DbOrTx) => {
    if (!sliced) {
      // One import at a time per structure: two uploads of one file must not race on places.
      await tx.execute(
        sql`select pg_advisory_xact_lock(hashtext(${`trame:import:${ctx.actor.structureId}`}))`,
      );
      await allowLongStatements(tx);
    }
    const refs = await loadRefs(tx, ctx);
    await tx.execute(stagedDdl(sliced ? '' : 'on commit drop'));
    const reader = new CsvReader({ separators: [';', ','], maxBytes: IMPORT_MAX_BYTES });
    const slicer = new Slicer();
    let parser: RowParser | null = null;
    let width = 0;
    const tainted = new Set<string>();
    let batch: Array<StagedRow & { slice: number }> = [];
    const flush = async () => {
      if (batch.length) await stage(tx, batch);
      batch = [];
      if (sliced) await breathe();
    };
    for await (const record of reader.records(source)) {
      if (!parser) {
        const header = readHeader(record.fields, reader.separator);
        if (Array.isArray(header)) {
          for (const f of header) addRejet({ ligne: record.line, ...f });
          throw refuse();
        }
        parser = new RowParser(refs, header as HeaderIndex);
        width = record.fields.length;
        continue;
      }
      if (record.fields.every((f) => f.trim() === '')) continue;
      report.lignes++;
      if (record.fields.length !== width) {
        addRejet({
          ligne: record.line,
          colonne: null,
          message: `Nombre de colonnes incorrect : ${record.fields.length} au lieu de ${width} (séparateur « ${reader.separator} »).`,
        });
        continue;
      }
      const parsed = parser.parse(record.line, record.fields);
      if ('faults' in parsed) {
        for (const f of parsed.faults) addRejet({ ligne: record.line, ...f });
        if (parsed.activiteId) tainted.add(parsed.activiteId);
        continue;
      }
      if (opts.mode === 'atomic' && report.nbRejets > 0) continue;
      batch.push({ ...parsed.row, slice: slicer.add(parsed.row.activiteId) });
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    if (!parser) {
      addRejet({ ligne: 1, colonne: null, message: 'Fichier vide : la ligne d’en-tête est obligatoire.' });
      throw refuse();
    }
    if (opts.mode === 'atomic' && report.nbRejets > 0) throw refuse();
    await discardTainted(tx, tainted, addRejet);
    if (sliced) return writeSlices(refs, slicer.count);
    Object.assign(report, await writeStaged(tx, ctx, refs));
    await audit(tx);
    if (opts.dryRun) throw new Rollback();
  };
  try {
    if (!sliced) await ctx.db.transaction(body);
    else {
      try {
        await body(ctx.db);
      } finally {
        await ctx.db.execute(sql`drop table if exists mc_import_rows`);
      }
    }
  } catch (err) {
    if (err instanceof CsvError && err.kind === 'trop_gros') {
      throw new AppError(
        'trop_volumineux',
        413,
        `Fichier trop volumineux : ${IMPORT_MAX_BYTES / 1024 / 1024} Mo au plus.`,
      );
    }
    if (err instanceof CsvError) {
      addRejet({ ligne: err.line, colonne: null, message: err.message });
      refused = true;
    } else if (!(err instanceof Rollback)) throw err;
  }
  if (refused) Object.assign(report, { activites: 0, contacts: 0, lieuxCrees: [], dejaImportees: 0 });
  else if (!opts.dryRun && report.contacts > 0) {
    // A bulk write: fresh planner statistics, on PGlite which has no autovacuum too (ADR 020).
    await analyzeAfterBulkWrite(ctx.db, IMPORT_TABLES);
  }
  return { report, refused };
}
