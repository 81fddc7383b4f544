import { and, desc, eq, inArray } from 'drizzle-orm';
import { notFound } from '../../../../domain/errors';
import { PARTY_ROLE_LABELS, type PartyRole } from '../../../../domain/situations/situation.taxonomies';
import { situationAgreements, situationParties, structures, territories, users } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { renderPdf } from '../../lib/pdf';
import { loadForNotes } from './situations.access';

const frDate = (day: string) => day.split('-').reverse().join('/');

/** The current agreement of a situation as a PDF to print and sign; reading it is audit-logged. */
export async function agreementPdf(ctx: ServiceContext, id: string): Promise<Buffer> {
  const data = await ctx.db.transaction(async (tx) => {
    const s = await loadForNotes(tx, ctx, id);
    const [agreement] = await tx
      .select()
      .from(situationAgreements)
      .where(eq(situationAgreements.situationId, id))
      .orderBy(desc(situationAgreements.createdAt))
      .limit(1);
    if (!agreement) throw notFound('Accord');
    const parties = await tx
      .select()
      .from(situationParties)
      .where(and(eq(situationParties.situationId, id), inArray(situationParties.id, agreement.partyIds)));
    const [structure] = await tx.select().from(structures).where(eq(structures.id, s.row.structureId));
    const [terr] = await tx.select().from(territories).where(eq(territories.id, s.row.territoryId));
    const team = s.mediatorIds.length
      ? await tx.select().from(users).where(inArray(users.id, s.mediatorIds))
      : [];
    await auditChange(tx, ctx, 'read', 'situation_accord', agreement.id);
    return { agreement, parties, structure: structure!, terr: terr!, team };
  });
  const { agreement, parties, structure, terr, team } = data;
  const doc = {
    info: { title: 'Accord de médiation', creator: 'Trame' },
    pageSize: 'A4',
    pageMargins: [50, 60, 50, 60],
    defaultStyle: { font: 'Helvetica', fontSize: 11, lineHeight: 1.3 },
    content: [
      { text: structure.nom, style: 'muted' },
      { text: 'Accord de médiation', fontSize: 20, bold: true, margin: [0, 8, 0, 4] },
      { text: `${terr.nom} (${terr.qpvCode}) — le ${frDate(agreement.day)}`, margin: [0, 0, 0, 16] },
      { text: 'Les parties', bold: true, fontSize: 13, margin: [0, 0, 0, 6] },
      {
        ul: parties.map((p) => `${p.label} — ${PARTY_ROLE_LABELS[p.role as PartyRole]}`),
        margin: [0, 0, 0, 12],
      },
      {
        text: 'Les parties, librement réunies avec l’aide d’un tiers médiateur impartial, conviennent de ce qui suit :',
        margin: [0, 0, 0, 8],
      },
      { text: agreement.text, margin: [12, 0, 0, 16] },
      {
        text: `Un point de suivi est proposé le ${frDate(agreement.followUpOn)}. Le contenu des échanges reste confidentiel.`,
        style: 'muted',
        margin: [0, 0, 0, 24],
      },
      {
        table: {
          widths: ['*', '*'],
          body: [
            ...chunk(parties.map((p) => signatureCell(p.label))),
            ...chunk(team.map((m) => signatureCell(`${m.prenom} ${m.nom}, médiateur·rice`))),
          ],
        },
        layout: 'noBorders',
      },
    ],
    styles: { muted: { color: '#555555', fontSize: 10 } },
  };
  return renderPdf(doc);
}

const signatureCell = (label: string) => ({
  stack: [
    { text: label, bold: true },
    { text: 'Signature :', margin: [0, 4, 0, 40] },
  ],
  margin: [0, 0, 12, 12],
});

function chunk<T>(cells: T[]): Array<Array<T | string>> {
  const rows: Array<Array<T | string>> = [];
  for (let i = 0; i < cells.length; i += 2) rows.push([cells[i]!, cells[i + 1] ?? '']);
  return rows;
}
