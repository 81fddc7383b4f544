/**
 * The bilan's text sections, per structure and period (rapport_textes). Reads are scoped by
 * the actor's structure; a save is one transaction (advisory lock on the period, upserts with
 * INSERT … ON CONFLICT, deletes of emptied sections, one audit row).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  type RapportTextes,
  type RapportTextesQuery,
  type RapportTextesSaveInput,
  type RapportTextesView,
  TEXTE_SECTIONS,
} from '../../../../domain/rapports/rapport-textes.schema';
import type { DbOrTx } from '../../db/client';
import { rapportTextes } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';

/** The written sections of a structure's period, in the order of TEXTE_SECTIONS. */
export async function loadRapportTextes(
  db: DbOrTx,
  structureId: string,
  du: string,
  au: string,
): Promise<RapportTextesView> {
  const rows = await db
    .select({
      section: rapportTextes.section,
      contenu: rapportTextes.contenu,
      updatedAt: rapportTextes.updatedAt,
    })
    .from(rapportTextes)
    .where(
      and(eq(rapportTextes.structureId, structureId), eq(rapportTextes.du, du), eq(rapportTextes.au, au)),
    );
  const sections: RapportTextes = {};
  let updatedAt: Date | null = null;
  for (const s of TEXTE_SECTIONS) {
    const row = rows.find((r) => r.section === s);
    if (!row) continue;
    sections[s] = row.contenu;
    if (!updatedAt || row.updatedAt > updatedAt) updatedAt = row.updatedAt;
  }
  return { du, au, sections, updatedAt: updatedAt?.toISOString() ?? null };
}

/** The actor's structure's texts for the period (every staff role). */
export const getRapportTextes = (ctx: ServiceContext, q: RapportTextesQuery) =>
  loadRapportTextes(ctx.db, ctx.actor.structureId, q.du, q.au);

/**
 * Saves the sections named in the body: a text replaces the section's, an empty text removes
 * it, the others stay. Concurrent saves of one period run one after the other (advisory lock),
 * so the audit row's before/after is exact and no save fails on a unique violation.
 */
export async function saveRapportTextes(
  ctx: ServiceContext,
  input: RapportTextesSaveInput,
): Promise<RapportTextesView> {
  const { du, au } = input;
  const structureId = ctx.actor.structureId;
  return ctx.db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`trame:bilan:${structureId}:${du}:${au}`}))`,
    );
    const before = await loadRapportTextes(tx, structureId, du, au);
    const named = TEXTE_SECTIONS.filter((s) => input.sections[s] !== undefined);
    const written = named.filter((s) => input.sections[s] && input.sections[s] !== before.sections[s]);
    const removed = named.filter((s) => !input.sections[s] && before.sections[s] !== undefined);
    if (written.length === 0 && removed.length === 0) return before;
    const now = ctx.now();
    if (written.length > 0) {
      await tx
        .insert(rapportTextes)
        .values(
          written.map((section) => ({
            structureId,
            du,
            au,
            section,
            contenu: input.sections[section]!,
            updatedBy: ctx.actor.userId,
            createdAt: now,
            updatedAt: now,
          })),
        )
        .onConflictDoUpdate({
          target: [rapportTextes.structureId, rapportTextes.du, rapportTextes.au, rapportTextes.section],
          set: {
            contenu: sql`excluded.contenu`,
            updatedBy: sql`excluded.updated_by`,
            updatedAt: sql`excluded.updated_at`,
          },
        });
    }
    if (removed.length > 0) {
      await tx
        .delete(rapportTextes)
        .where(
          and(
            eq(rapportTextes.structureId, structureId),
            eq(rapportTextes.du, du),
            eq(rapportTextes.au, au),
            inArray(rapportTextes.section, removed),
          ),
        );
    }
    const after = await loadRapportTextes(tx, structureId, du, au);
    await auditChange(tx, ctx, before.updatedAt ? 'update' : 'create', 'rapport_textes', `${du}/${au}`, {
      before: { ...before.sections },
      after: { ...after.sections },
    });
    return after;
  });
}
