import { and, eq, inArray } from 'drizzle-orm';
import { CATEGORIE_LABELS, STATUT_LABELS } from '../../../../domain/signalements/signalement.schema';
import { signalementPhotos, structures, territories } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { renderPdf } from '../../lib/pdf';
import { getDiagnostic } from './diagnostics.service';

const frDate = (day: string) => day.split('-').reverse().join('/');
const frDateTime = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));

/** The walk as a PDF list with photos, for the GUSP meeting. Reading it is audit-logged (photos). */
export async function diagnosticPdf(ctx: ServiceContext, id: string): Promise<Buffer> {
  const { diagnostic: d, signalements } = await getDiagnostic(ctx, id);
  const ids = signalements.map((s) => s.id);
  const photos = ids.length
    ? await ctx.db
        .select({ sid: signalementPhotos.signalementId, data: signalementPhotos.data })
        .from(signalementPhotos)
        .where(inArray(signalementPhotos.signalementId, ids))
    : [];
  const [structure] = await ctx.db.select().from(structures).where(eq(structures.id, ctx.actor.structureId));
  const [terr] = await ctx.db
    .select()
    .from(territories)
    .where(and(eq(territories.id, d.territoireId), eq(territories.structureId, ctx.actor.structureId)));
  await ctx.db.transaction((tx) => auditChange(tx, ctx, 'read', 'diagnostic_pdf', d.id));
  const items = signalements.flatMap((s) => [
    {
      text: `n° ${s.numero} — ${CATEGORIE_LABELS[s.categorie]} — ${STATUT_LABELS[s.statut]}`,
      bold: true,
      margin: [0, 10, 0, 2],
    },
    {
      text: [
        `${frDateTime(s.observeLe)} · ${s.lieuNom ?? (s.latitude !== null ? `${s.latitude.toFixed(5)}, ${s.longitude!.toFixed(5)}` : '—')}`,
        ` · ${s.partenaireNom ?? 'à orienter'}`,
      ].join(''),
      style: 'muted',
    },
    ...(s.description ? [{ text: s.description, margin: [0, 2, 0, 0] }] : []),
    {
      columns: photos
        .filter((p) => p.sid === s.id)
        .map((p) => ({ image: `data:image/jpeg;base64,${p.data.toString('base64')}`, fit: [160, 120] })),
      columnGap: 8,
      margin: [0, 4, 0, 0],
    },
  ]);
  return renderPdf({
    info: { title: d.titre, creator: 'Trame' },
    pageSize: 'A4',
    pageMargins: [45, 50, 45, 50],
    defaultStyle: { font: 'Helvetica', fontSize: 10, lineHeight: 1.25 },
    styles: { muted: { color: '#555555', fontSize: 9 } },
    content: [
      { text: structure?.nom ?? '', style: 'muted' },
      { text: d.titre, fontSize: 18, bold: true, margin: [0, 6, 0, 4] },
      { text: `Diagnostic en marchant du ${frDate(d.date)} — ${terr?.nom ?? ''} (${terr?.qpvCode ?? ''})` },
      {
        text: `${d.nbHabitants} habitant·es · partenaires présents : ${d.partenaires.map((p) => p.nom).join(', ') || 'aucun'}`,
        margin: [0, 2, 0, 6],
      },
      { text: `${signalements.length} signalement(s)`, bold: true, fontSize: 12, margin: [0, 6, 0, 0] },
      ...items,
    ],
  });
}
