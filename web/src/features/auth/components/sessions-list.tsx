import { Badge } from '@mantine/core';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { DataList } from '../../../components/ui/data-list';
import { QueryState } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/dates';
import { useCloseSession, useSessions } from '../api/sessions';

/** One's open sessions; any but the current one can be closed. */
export function SessionsList() {
  const sessions = useSessions();
  const close = useCloseSession();
  return (
    <QueryState query={sessions} label="vos sessions">
      {({ items }) => (
        <DataList
          rows={items}
          rowKey={(s) => s.id}
          caption="Vos sessions ouvertes"
          minTableWidth={560}
          columns={[
            {
              key: 'ouverte',
              header: 'Ouverte le',
              render: (s) => (
                <>
                  {formatDateTime(s.ouverteLe)}{' '}
                  {s.courante ? <Badge variant="light">Cette session</Badge> : null}
                </>
              ),
            },
            { key: 'vue', header: 'Dernière activité', render: (s) => formatDateTime(s.vueLe) },
            { key: 'expire', header: 'Expire le', render: (s) => formatDateTime(s.expireLe) },
          ]}
          actions={(s) =>
            s.courante ? null : (
              <ConfirmButton
                title="Fermer cette session"
                message={`L’appareil connecté depuis le ${formatDateTime(s.ouverteLe)} devra se reconnecter.`}
                confirmLabel="Fermer la session"
                ariaLabel={`Fermer la session ouverte le ${formatDateTime(s.ouverteLe)}`}
                buttonProps={{ variant: 'light', color: 'red' }}
                onConfirm={() => close.mutateAsync(s.id)}
              >
                Fermer
              </ConfirmButton>
            )
          }
        />
      )}
    </QueryState>
  );
}
