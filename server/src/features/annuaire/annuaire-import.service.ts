import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ImportRejet, ImportReport } from '../../../../domain/annuaire/annuaire.schema';
import type { DbOrTx } from '../../db/client';
import { annuaireServices, annuaireStructures } from '../../db/schema';
import { echo, REPORT_LIST_MAX } from '../../lib/import-report';
import { echoedId, validateDataInclusion } from './data-inclusion.validator';

type DiRecord = Record<string, unknown>;
const CHUNK = 500;
const str = (v: unknown) => (typeof v === 'string' ? v : null);
const num = (v: unknown) => (typeof v === 'number' ? v : null);
const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
const key = (source: unknown, id: unknown) => `${String(source)}\u0000${String(id)}`;

/** Keeps the valid records, rejects the faulty ones and the repeated keys, with their reasons. */
function sortRecords(kind: 'structure' | 'service', input: unknown[], rejets: ImportRejet[]) {
  const valid = new Map<string, { index: number; record: DiRecord }>();
  input.forEach((raw, index) => {
    const result = validateDataInclusion(kind, raw);
    const id = raw && typeof raw === 'object' ? echoedId((raw as DiRecord).id) : null;
    if (!result.ok) {
      rejets.push({
        type: kind,
        index,
        id,
        raisons: result.errors.map((e) => ({ ...e, champ: echo(e.champ) })),
      });
      return;
    }
    const k = key(result.record.source, result.record.id);
    if (valid.has(k)) {
      rejets.push({
        type: kind,
        index,
        id,
        raisons: [
          {
            champ: 'id',
            message: 'Doublon : cet identifiant figure déjà plus haut dans l’import (source et id).',
          },
        ],
      });
      return;
    }
    valid.set(k, { index, record: result.record });
  });
  return [...valid.values()];
}

async function upsertStructures(tx: DbOrTx, structureId: string, records: DiRecord[], now: Date) {
  const ids = new Map<string, string>();
  let crees = 0;
  for (let i = 0; i < records.length; i += CHUNK) {
    const rows = await tx
      .insert(annuaireStructures)
      .values(
        records.slice(i, i + CHUNK).map((r) => ({
          structureId,
          source: String(r.source),
          sourceId: String(r.id),
          nom: String(r.nom),
          commune: str(r.commune),
          codeInsee: str(r.code_insee),
          record: r,
        })),
      )
      .onConflictDoUpdate({
        target: [annuaireStructures.structureId, annuaireStructures.source, annuaireStructures.sourceId],
        set: {
          nom: sql`excluded.nom`,
          commune: sql`excluded.commune`,
          codeInsee: sql`excluded.code_insee`,
          record: sql`excluded.record`,
          updatedAt: now,
        },
      })
      .returning({
        id: annuaireStructures.id,
        source: annuaireStructures.source,
        sourceId: annuaireStructures.sourceId,
        created: sql<boolean>`(xmax = 0)`,
      });
    for (const r of rows) {
      ids.set(key(r.source, r.sourceId), r.id);
      if (r.created) crees++;
    }
  }
  return { ids, crees };
}

/** Parent structures of services that this import does not carry, looked up in the directory. */
async function knownStructures(
  tx: DbOrTx,
  structureId: string,
  services: DiRecord[],
  ids: Map<string, string>,
) {
  const missing = [
    ...new Set(
      services.map((s) => String(s.structure_id)).filter((sid, i) => !ids.has(key(services[i]!.source, sid))),
    ),
  ];
  if (missing.length === 0) return;
  const rows = await tx
    .select({
      id: annuaireStructures.id,
      source: annuaireStructures.source,
      sourceId: annuaireStructures.sourceId,
    })
    .from(annuaireStructures)
    .where(
      and(eq(annuaireStructures.structureId, structureId), inArray(annuaireStructures.sourceId, missing)),
    );
  for (const r of rows) ids.set(key(r.source, r.sourceId), r.id);
}

async function upsertServices(
  tx: DbOrTx,
  structureId: string,
  records: DiRecord[],
  parents: Map<string, string>,
  now: Date,
) {
  let crees = 0;
  for (let i = 0; i < records.length; i += CHUNK) {
    const rows = await tx
      .insert(annuaireServices)
      .values(
        records.slice(i, i + CHUNK).map((r) => ({
          structureId,
          annuaireStructureId: parents.get(key(r.source, r.structure_id))!,
          source: String(r.source),
          sourceId: String(r.id),
          nom: String(r.nom),
          thematiques: list(r.thematiques),
          publics: list(r.publics),
          commune: str(r.commune),
          codeInsee: str(r.code_insee),
          horaires: str(r.horaires_accueil),
          latitude: num(r.latitude),
          longitude: num(r.longitude),
          record: r,
        })),
      )
      .onConflictDoUpdate({
        target: [annuaireServices.structureId, annuaireServices.source, annuaireServices.sourceId],
        set: {
          annuaireStructureId: sql`excluded.annuaire_structure_id`,
          nom: sql`excluded.nom`,
          thematiques: sql`excluded.thematiques`,
          publics: sql`excluded.publics`,
          commune: sql`excluded.commune`,
          codeInsee: sql`excluded.code_insee`,
          horaires: sql`excluded.horaires`,
          latitude: sql`excluded.latitude`,
          longitude: sql`excluded.longitude`,
          record: sql`excluded.record`,
          updatedAt: now,
        },
      })
      .returning({ created: sql<boolean>`(xmax = 0)` });
    crees += rows.filter((r) => r.created).length;
  }
  return crees;
}

/**
 * Imports structures and services in the data·inclusion v1 format into a structure's directory.
 * Every record is validated against the official schema; valid ones are inserted or updated
 * (same source and id: updated, so importing twice creates nothing new), the others are reported.
 * Local settings (partner link, QPV) of existing services are kept.
 */
export async function importDataInclusion(
  tx: DbOrTx,
  structureId: string,
  payload: { structures: unknown[]; services: unknown[] },
  now: Date,
): Promise<ImportReport> {
  const rejets: ImportRejet[] = [];
  const structures = sortRecords('structure', payload.structures, rejets).map((v) => v.record);
  const services = sortRecords('service', payload.services, rejets);
  const { ids, crees: structuresCreees } = await upsertStructures(tx, structureId, structures, now);
  await knownStructures(
    tx,
    structureId,
    services.map((v) => v.record),
    ids,
  );
  const rattaches = services.flatMap(({ index, record: s }) => {
    if (ids.has(key(s.source, s.structure_id))) return [s];
    rejets.push({
      type: 'service',
      index,
      id: echo(String(s.id)),
      raisons: [
        {
          champ: 'structure_id',
          message: 'Structure inconnue : ni dans cet import ni dans l’annuaire (même source).',
        },
      ],
    });
    return [];
  });
  const servicesCrees = await upsertServices(tx, structureId, rattaches, ids, now);
  // All counted, the first REPORT_LIST_MAX listed: an 8 MB import must not echo 8 MB of faults.
  const listed = rejets
    .sort((a, b) => (a.type === b.type ? a.index - b.index : a.type === 'structure' ? -1 : 1))
    .slice(0, REPORT_LIST_MAX);
  return {
    structures: { crees: structuresCreees, misesAJour: structures.length - structuresCreees },
    services: { crees: servicesCrees, misesAJour: rattaches.length - servicesCrees },
    rejets: listed,
    nbRejets: rejets.length,
  };
}
