/** The record of processing activities as a PDF the structure files and shows on request. */
import type { Registre } from '../../../../domain/confidentialite/registre';
import { jourFr } from '../../../../domain/time/paris';
import { renderPdf } from '../../lib/pdf';
import { winAnsi } from '../rapports';

const h2 = (text: string) => ({
  text: winAnsi(text),
  fontSize: 13,
  bold: true,
  color: '#1c3d5a',
  margin: [0, 14, 0, 4],
});
const liste = (label: string, items: string[]) => [
  { text: label, bold: true, margin: [0, 4, 0, 2] },
  { ul: items.map((i) => winAnsi(i)), margin: [8, 0, 0, 0] },
];

export function registrePdf(r: Registre): Promise<Buffer> {
  return renderPdf({
    info: { title: 'Registre des activités de traitement', creator: 'Trame' },
    pageSize: 'A4',
    pageMargins: [45, 50, 45, 50],
    defaultStyle: { font: 'Helvetica', fontSize: 10, lineHeight: 1.2 },
    content: [
      { text: 'Registre des activités de traitement', fontSize: 20, bold: true, color: '#1c3d5a' },
      {
        text: winAnsi(
          `Responsable de traitement : ${r.responsable} — établi le ${jourFr(r.etabliLe)} (RGPD, article 30)`,
        ),
        color: '#555555',
        margin: [0, 4, 0, 4],
      },
      { text: winAnsi(`Territoires : ${r.territoires.join(', ') || 'aucun'}`), margin: [0, 0, 0, 6] },
      ...r.traitements.flatMap((t) => [
        h2(t.nom),
        { text: winAnsi(`Base légale : ${t.baseLegale}`) },
        ...liste('Finalités', t.finalites),
        ...liste('Personnes concernées', t.personnes),
        ...liste('Données', t.donnees),
        ...liste('Destinataires', t.destinataires),
        ...liste('Durée de conservation', t.conservation),
      ]),
      h2('Mesures de sécurité'),
      { ul: r.mesures.map((m) => winAnsi(m)) },
    ],
  });
}
