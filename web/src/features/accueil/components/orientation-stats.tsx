import type { OrientationStatsRow } from '@domain/accueil/orientation.schema';
import { DataList } from '../../../components/ui/data-list';

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)} %`);

/** Success per partner: aboutie among the closed orientations. */
export function OrientationStats({ rows }: { rows: OrientationStatsRow[] }) {
  return (
    <DataList
      rows={rows}
      rowKey={(r) => r.partenaireId ?? 'aucun'}
      caption="Réussite des orientations par partenaire"
      empty="Aucune orientation pour l’instant."
      columns={[
        { key: 'partenaire', header: 'Partenaire', render: (r) => r.partenaire },
        { key: 'total', header: 'Orientations', render: (r) => r.total },
        {
          key: 'encours',
          header: 'En cours',
          render: (r) => r.parStatut.proposee + r.parStatut.prise_de_contact,
        },
        { key: 'aboutie', header: 'Abouties', render: (r) => r.parStatut.aboutie },
        { key: 'refusee', header: 'Refusées', render: (r) => r.parStatut.refusee },
        {
          key: 'autres',
          header: 'Sans suite / expirées',
          render: (r) => r.parStatut.sans_suite + r.parStatut.expiree,
        },
        { key: 'taux', header: 'Taux de réussite', render: (r) => pct(r.tauxReussite) },
      ]}
    />
  );
}
