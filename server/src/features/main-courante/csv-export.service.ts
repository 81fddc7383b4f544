/** CSV export of the main courante in the import format: one line per contact, `;`, UTF-8 with BOM. */
import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { parisDate, parisTime } from '../../../../domain/main-courante/creneau';
import { places, territories, users } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { CSV_BOM, csvRow } from '../../lib/csv';
import { activiteScope, dayRange } from './activites.read';
import { CSV_COLUMNS } from './csv-format';
import { activiteMediateurs, activites, contacts } from './main-courante.table';

const PAGE = 1000;

interface ExportActivite {
  id: string;
  debut: Date;
  fin: Date | null;
  cadre: string;
  qpv: string;
  lieu: string | null;
}

/** Logs the export (it carries colleagues' e-mails), then streams it page by page. */
export async function exportMainCourante(
  ctx: ServiceContext,
  q: { du?: string; au?: string },
): Promise<AsyncGenerator<string>> {
  await auditChange(ctx.db, ctx, 'read', 'export_main_courante', null, {
    extra: { du: q.du ?? null, au: q.au ?? null },
  });
  return exportLines(ctx, q);
}

/**
 * Activities still in progress have no end and are left out; so are activities without a
 * contact, since the format has one line per contact.
 */
async function* exportLines(ctx: ServiceContext, q: { du?: string; au?: string }): AsyncGenerator<string> {
  yield CSV_BOM + csvRow(CSV_COLUMNS);
  let after: { debut: Date; id: string } | null = null;
  for (;;) {
    const page: ExportActivite[] = await ctx.db
      .select({
        id: activites.id,
        debut: activites.debut,
        fin: activites.fin,
        cadre: activites.cadre,
        qpv: territories.qpvCode,
        lieu: places.nom,
      })
      .from(activites)
      .innerJoin(territories, eq(territories.id, activites.territoryId))
      .leftJoin(places, eq(places.id, activites.placeId))
      .where(
        and(
          activiteScope(ctx.actor),
          ...dayRange(q),
          isNotNull(activites.fin),
          after
            ? sql`(${activites.debut}, ${activites.id}) > (${after.debut.toISOString()}::timestamptz, ${after.id}::uuid)`
            : undefined,
        ),
      )
      .orderBy(asc(activites.debut), asc(activites.id))
      .limit(PAGE);
    if (page.length === 0) return;
    const ids = page.map((a) => a.id);
    const emails = await ctx.db
      .select({ activiteId: activiteMediateurs.activiteId, email: users.email })
      .from(activiteMediateurs)
      .innerJoin(users, eq(users.id, activiteMediateurs.userId))
      .where(inArray(activiteMediateurs.activiteId, ids));
    const emailsOf = new Map<string, string[]>();
    for (const e of emails) emailsOf.set(e.activiteId, [...(emailsOf.get(e.activiteId) ?? []), e.email]);
    const rows = await ctx.db
      .select()
      .from(contacts)
      .where(and(inArray(contacts.activiteId, ids), isNull(contacts.deletedAt)))
      .orderBy(asc(contacts.createdAt), asc(contacts.id));
    const contactsOf = new Map<string, (typeof rows)[number][]>();
    for (const c of rows) contactsOf.set(c.activiteId, [...(contactsOf.get(c.activiteId) ?? []), c]);
    let out = '';
    for (const a of page) {
      const frame = [
        parisDate(a.debut),
        parisTime(a.debut),
        parisTime(a.fin!),
        a.cadre,
        a.qpv,
        a.lieu ?? '',
        (emailsOf.get(a.id) ?? []).sort().join('|'),
      ];
      for (const c of contactsOf.get(a.id) ?? []) {
        out += csvRow([...frame, c.nature, c.nbPersonnes, c.public, c.genre, c.commentaire ?? '']);
      }
    }
    yield out;
    const last = page[page.length - 1]!;
    after = { debut: last.debut, id: last.id };
  }
}
