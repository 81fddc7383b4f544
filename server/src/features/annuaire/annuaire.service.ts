import { and, asc, eq, getTableName, ilike, or, type SQL, sql } from 'drizzle-orm';
import type {
  ImportReport,
  ServiceLocalUpdateInput,
  ServiceSearchQuery,
  ServiceView,
} from '../../../../domain/annuaire/annuaire.schema';
import { notFound } from '../../../../domain/errors';
import type { Page } from '../../../../domain/liste';
import type { DbOrTx } from '../../db/client';
import { analyzeAfterBulkWrite } from '../../db/maintenance';
import { annuaireServices, annuaireStructures, partners } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { countAll, likePattern, paginer, paginerTableau } from '../../lib/liste';
import { assertIdsInStructure } from '../../lib/scope';
import { presentService } from './annuaire.presenter';
import { importDataInclusion } from './annuaire-import.service';

async function selectServices(db: DbOrTx, filters: SQL[], page?: { limit: number; offset: number }) {
  const query = db
    .select({
      service: annuaireServices,
      structureNom: annuaireStructures.nom,
      partenaireNom: partners.nom,
    })
    .from(annuaireServices)
    .innerJoin(annuaireStructures, eq(annuaireStructures.id, annuaireServices.annuaireStructureId))
    .leftJoin(partners, eq(partners.id, annuaireServices.partnerId))
    .where(and(...filters))
    .orderBy(asc(annuaireServices.nom), asc(annuaireServices.id));
  return page ? query.limit(page.limit).offset(page.offset) : query;
}

type Selected = Awaited<ReturnType<typeof selectServices>>[number];
const present = (row: Selected, now: Date) =>
  presentService(
    row.service,
    { id: row.service.annuaireStructureId, nom: row.structureNom },
    row.service.partnerId && row.partenaireNom ? { id: row.service.partnerId, nom: row.partenaireNom } : null,
    now,
  );

/**
 * Searches the structure's directory by thématique (with its sub-thématiques), public (a service
 * for every public matches too), commune (name or INSEE code), QPV, partner, text, and
 * "open now" in Paris time; by name, then id. "Open now" reads opening hours in code, so that
 * filter pages the matching services in memory (bounded by the structure's directory).
 */
export async function searchServices(ctx: ServiceContext, q: ServiceSearchQuery): Promise<Page<ServiceView>> {
  const f: SQL[] = [eq(annuaireServices.structureId, ctx.actor.structureId)];
  if (q.thematique)
    f.push(
      sql`exists (select 1 from unnest(${annuaireServices.thematiques}) t where t = ${q.thematique} or t like ${`${q.thematique}--%`})`,
    );
  if (q.public)
    f.push(
      sql`(${q.public} = any(${annuaireServices.publics}) or 'tous-publics' = any(${annuaireServices.publics}))`,
    );
  if (q.commune)
    f.push(
      or(ilike(annuaireServices.commune, likePattern(q.commune)), eq(annuaireServices.codeInsee, q.commune))!,
    );
  if (q.qpv) f.push(sql`${q.qpv} = any(${annuaireServices.qpvCodes})`);
  if (q.partenaireId) f.push(eq(annuaireServices.partnerId, q.partenaireId));
  if (q.q)
    f.push(
      or(ilike(annuaireServices.nom, likePattern(q.q)), ilike(annuaireStructures.nom, likePattern(q.q)))!,
    );
  const now = ctx.now();
  if (q.ouvertMaintenant) {
    const open = (await selectServices(ctx.db, f))
      .map((r) => present(r, now))
      .filter((v) => v.ouvertMaintenant);
    return paginerTableau(q, open);
  }
  return paginer(
    q,
    () =>
      ctx.db
        .select({ n: countAll })
        .from(annuaireServices)
        .innerJoin(annuaireStructures, eq(annuaireStructures.id, annuaireServices.annuaireStructureId))
        .where(and(...f)),
    async (page) => (await selectServices(ctx.db, f, page)).map((r) => present(r, now)),
  );
}

export async function getService(ctx: ServiceContext, id: string): Promise<ServiceView> {
  const [row] = await selectServices(ctx.db, [
    eq(annuaireServices.id, id),
    eq(annuaireServices.structureId, ctx.actor.structureId),
  ]);
  if (!row) throw notFound('Service');
  return present(row, ctx.now());
}

/** Links a service to a partner of the structure and to QPV (local settings, not exported). */
export async function updateServiceLocal(
  ctx: ServiceContext,
  id: string,
  input: ServiceLocalUpdateInput,
): Promise<ServiceView> {
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(annuaireServices)
      .where(and(eq(annuaireServices.id, id), eq(annuaireServices.structureId, ctx.actor.structureId)));
    if (!before) throw notFound('Service');
    if (input.partenaireId)
      await assertIdsInStructure(tx, partners, [input.partenaireId], ctx.actor.structureId, 'partenaireId');
    const qpvCodes = [...new Set(input.qpvCodes)];
    await tx
      .update(annuaireServices)
      .set({ partnerId: input.partenaireId, qpvCodes, updatedAt: ctx.now() })
      .where(eq(annuaireServices.id, id));
    await auditChange(tx, ctx, 'update', 'annuaire_service', id, {
      before: { partenaireId: before.partnerId, qpvCodes: before.qpvCodes },
      after: { partenaireId: input.partenaireId, qpvCodes },
    });
  });
  return getService(ctx, id);
}

const ANNUAIRE_TABLES = [annuaireStructures, annuaireServices].map(getTableName);

/**
 * Runs a data·inclusion import in one transaction, with one audit row carrying its counts; then
 * refreshes the planner's statistics of the directory (ADR 020).
 */
export async function importAnnuaire(
  ctx: ServiceContext,
  payload: { structures: unknown[]; services: unknown[] },
): Promise<ImportReport> {
  const done = await ctx.db.transaction(async (tx) => {
    const report = await importDataInclusion(tx, ctx.actor.structureId, payload, ctx.now());
    await auditChange(tx, ctx, 'create', 'annuaire_import', null, {
      extra: {
        structures: report.structures,
        services: report.services,
        rejets: report.rejets.length,
      },
    });
    return report;
  });
  await analyzeAfterBulkWrite(ctx.db, ANNUAIRE_TABLES);
  return done;
}

/** The directory's structures as data·inclusion v1 records (the stored, validated records). */
export async function exportStructures(ctx: ServiceContext): Promise<Record<string, unknown>[]> {
  const rows = await ctx.db
    .select({ record: annuaireStructures.record })
    .from(annuaireStructures)
    .where(eq(annuaireStructures.structureId, ctx.actor.structureId))
    .orderBy(asc(annuaireStructures.source), asc(annuaireStructures.sourceId));
  return rows.map((r) => r.record);
}

export async function exportServices(ctx: ServiceContext): Promise<Record<string, unknown>[]> {
  const rows = await ctx.db
    .select({ record: annuaireServices.record })
    .from(annuaireServices)
    .where(eq(annuaireServices.structureId, ctx.actor.structureId))
    .orderBy(asc(annuaireServices.source), asc(annuaireServices.sourceId));
  return rows.map((r) => r.record);
}
