import { MOTIF_LABELS } from '@domain/accueil/accueil.taxonomies';
import type { OrientationView } from '@domain/accueil/orientation.schema';
import { Badge, Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { DataList } from '../../../components/ui/data-list';
import { errorMessage } from '../../../lib/api-client';
import { formatDate } from '../../../lib/dates';
import { useSetOrientationStatut } from '../api/set-orientation-statut';
import { StatutBadge } from './statut-badge';

const open = (o: OrientationView) => o.statut === 'proposee' || o.statut === 'prise_de_contact';

/** The structure's orientations: where to, since when, what to follow up. */
export function OrientationList({ rows, canEdit }: { rows: OrientationView[]; canEdit: boolean }) {
  const setStatut = useSetOrientationStatut();
  const close = (o: OrientationView, statut: 'aboutie' | 'sans_suite') =>
    setStatut.mutate(
      { id: o.id, statut, commentaire: null },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: 'Statut enregistré.' }),
        onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
      },
    );
  return (
    <DataList
      rows={rows}
      rowKey={(o) => o.id}
      caption="Orientations"
      minTableWidth={1060}
      empty="Aucune orientation ne correspond."
      columns={[
        { key: 'service', header: 'Service', render: (o) => o.service.nom },
        { key: 'partenaire', header: 'Partenaire', render: (o) => o.partenaire?.nom ?? '—' },
        {
          key: 'statut',
          header: 'Statut',
          render: (o) => (
            <Group gap={4} component="span">
              <StatutBadge statut={o.statut} />
              {o.aRelancer ? (
                <Badge color="yellow" variant="filled" autoContrast>
                  À relancer
                </Badge>
              ) : null}
            </Group>
          ),
        },
        { key: 'date', header: 'Proposée le', render: (o) => formatDate(o.creeLe) },
        { key: 'maj', header: 'Dernier changement', render: (o) => formatDate(o.statutLe) },
        { key: 'motifs', header: 'Motifs', render: (o) => o.motifs.map((m) => MOTIF_LABELS[m]).join(', ') },
        { key: 'personne', header: 'Personne', render: (o) => o.personne?.pseudonyme ?? 'Anonyme' },
      ]}
      actions={
        canEdit
          ? (o) =>
              open(o) ? (
                <>
                  <Button size="compact-sm" variant="light" color="teal" onClick={() => close(o, 'aboutie')}>
                    Aboutie
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="light"
                    color="gray"
                    onClick={() => close(o, 'sans_suite')}
                  >
                    Sans suite
                  </Button>
                </>
              ) : null
          : undefined
      }
    />
  );
}
