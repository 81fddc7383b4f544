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
import { getTableName, sql } from 'drizzle-orm';
import { AppError } from '../../../../domain/errors';
import type { ImportRejet, ImportReport } from '../../../../domain/main-courante/activite.views';
import { allowLongStatements, type DbOrTx, isPglite } from '../../db/client';
import { analyzeAfterBulkWrite } from '../../db/maintenance';
import { activiteMediateurs, activites, contacts, places } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { CsvError, CsvReader } from '../../lib/csv';
import { pushCapped, REPORT_LIST_MAX } from '../../lib/import-report';
import { type HeaderIndex, readHeader } from './csv-format';
import { type ImportRefs, RowParser, type StagedRow } from './csv-import.rows';
import { discardTainted, loadRefs, Slicer, stage, stagedDdl, writeStaged } from './csv-import.staging';

export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
const BATCH = 1000;
const IMPORT_TABLES = [activites, activiteMediateurs, contacts, places].map(getTableName);

/** Ends the transaction without writing: a refused import or a dry run. */
class Rollback extends Error {}

/**
 * PGlite runs in this thread: a turn of the event loop between two short steps lets the other
 * requests in (the steps' own awaits are microtasks only).
 */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** PGlite: the import's temporary table lives in the one session, so imports take turns. */
let pgliteImports: Promise<unknown> = Promise.resolve();

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
    nbLieuxCrees: 0,
    rejets: [],
    nbRejets: 0,
    dejaImportees: 0,
  };
  const addRejet = (r: ImportRejet) => {
    report.nbRejets++;
    pushCapped(report.rejets, r);
  };
  let refused = false;
  const refuse = () => {
    refused = true;
    return new Rollback();
  };
  const audit = (tx: DbOrTx) =>
    auditChange(tx, ctx, 'create', 'import_main_courante', null, {
      extra: {
        mode: opts.mode,
        lignes: report.lignes,
        activites: report.activites,
        contacts: report.contacts,
        lieuxCrees: report.nbLieuxCrees,
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
            report.lieuxCrees = [...lieux].slice(0, REPORT_LIST_MAX);
            report.nbLieuxCrees = lieux.size;
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
    // PostgreSQL, atomic mode: each batch is written as soon as it is read (a fault later rolls it
    // all back). Otherwise everything is staged first: partial mode leaves out an activity whose
    // later line is faulty, and PGlite writes slice by slice after the whole file was read.
    const streamed = !sliced && opts.mode === 'atomic';
    const lieux = new Set<string>();
    const writeChunk = async (rows: Array<StagedRow & { slice: number }>) => {
      await stage(tx, rows);
      if (!streamed) return;
      const done = await writeStaged(tx, ctx, refs);
      await tx.execute(sql`truncate mc_import_rows`);
      report.activites += done.activites;
      report.contacts += done.contacts;
      for (const nom of done.lieuxCrees) lieux.add(nom);
    };
    // PostgreSQL works in its own process: the previous batch is written while the next is parsed.
    let pending: Promise<void> = Promise.resolve();
    const flush = async () => {
      const rows = batch;
      batch = [];
      await pending;
      if (!rows.length) return;
      if (sliced) {
        await writeChunk(rows);
        await breathe();
        return;
      }
      pending = writeChunk(rows);
      // Awaited at the next flush; this only keeps a failure from going unhandled meanwhile.
      pending.catch(() => {});
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
    await pending;
    if (!parser) {
      addRejet({ ligne: 1, colonne: null, message: 'Fichier vide : la ligne d’en-tête est obligatoire.' });
      throw refuse();
    }
    if (opts.mode === 'atomic' && report.nbRejets > 0) throw refuse();
    await discardTainted(tx, tainted, addRejet);
    if (sliced) return writeSlices(refs, slicer.count);
    if (streamed) {
      // An activity may span two batches: what was not created was there before the import.
      report.dejaImportees = slicer.activites - report.activites;
    } else {
      const written = await writeStaged(tx, ctx, refs);
      Object.assign(report, written);
      for (const nom of written.lieuxCrees) lieux.add(nom);
    }
    report.lieuxCrees = [...lieux].slice(0, REPORT_LIST_MAX);
    report.nbLieuxCrees = lieux.size;
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
  if (refused)
    Object.assign(report, { activites: 0, contacts: 0, lieuxCrees: [], nbLieuxCrees: 0, dejaImportees: 0 });
  else if (!opts.dryRun && report.contacts > 0) {
    // A bulk write: fresh planner statistics, on PGlite which has no autovacuum too (ADR 020).
    await analyzeAfterBulkWrite(ctx.db, IMPORT_TABLES);
  }
  return { report, refused };
}
