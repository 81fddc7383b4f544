import { CANAL_LABELS, MOTIF_LABELS, REPONSE_LABELS } from '@domain/accueil/accueil.taxonomies';
import type { DemandeView } from '@domain/accueil/demande.schema';
import { DataList } from '../../../components/ui/data-list';
import { formatDate } from '../../../lib/dates';

/** Requests as a table (desktop) or cards (phone): when, how, why, what was done. */
export function DemandeList({ rows }: { rows: DemandeView[] }) {
  return (
    <DataList
      rows={rows}
      rowKey={(d) => d.id}
      caption="Demandes"
      minTableWidth={720}
      columns={[
        { key: 'date', header: 'Date', render: (d) => formatDate(d.date) },
        { key: 'canal', header: 'Canal', render: (d) => CANAL_LABELS[d.canal] },
        { key: 'motifs', header: 'Motifs', render: (d) => d.motifs.map((m) => MOTIF_LABELS[m]).join(', ') },
        {
          key: 'reponses',
          header: 'Réponses',
          render: (d) => d.reponses.map((r) => REPONSE_LABELS[r.type]).join(', ') || '—',
        },
      ]}
    />
  );
}
