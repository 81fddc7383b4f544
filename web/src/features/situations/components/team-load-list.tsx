import type { TeamLoadView } from '@domain/situations/situation.schema';
import { Badge } from '@mantine/core';
import { DataList } from '../../../components/ui/data-list';

/** Open situations and overdue follow-ups per mediator. */
export function TeamLoadList({ rows }: { rows: TeamLoadView[] }) {
  return (
    <DataList
      rows={rows}
      rowKey={(r) => r.mediateurId}
      caption="Charge de l’équipe"
      empty="Aucun médiateur actif."
      minTableWidth={420}
      columns={[
        { key: 'nom', header: 'Médiateur·rice', render: (r) => r.nom },
        { key: 'ouvertes', header: 'Situations ouvertes', render: (r) => r.ouvertes },
        {
          key: 'retard',
          header: 'Suivis en retard',
          render: (r) =>
            r.suivisEnRetard ? (
              <Badge color="red.8" variant="filled">
                {r.suivisEnRetard}
              </Badge>
            ) : (
              0
            ),
        },
      ]}
    />
  );
}
