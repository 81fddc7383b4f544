import { Badge, Code } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { DataList } from '../../../components/ui/data-list';
import { formatDateTime } from '../../../lib/dates';
import type { JetonView } from '../api/get-jetons';
import { useRevokeJeton } from '../api/revoke-jeton';

export function JetonList({ jetons, userName }: { jetons: JetonView[]; userName: (id: string) => string }) {
  const revoke = useRevokeJeton();
  return (
    <DataList
      rows={jetons}
      rowKey={(j) => j.id}
      caption="Jetons d’accès à l’API"
      empty="Aucun jeton pour l’instant."
      minTableWidth={820}
      columns={[
        { key: 'nom', header: 'Nom', render: (j) => j.nom },
        { key: 'user', header: 'Compte', render: (j) => userName(j.userId) },
        { key: 'prefix', header: 'Début du jeton', render: (j) => <Code>{j.prefix}…</Code> },
        { key: 'createdAt', header: 'Créé le', render: (j) => formatDateTime(j.createdAt) },
        {
          key: 'lastUsedAt',
          header: 'Dernière utilisation',
          render: (j) => (j.lastUsedAt ? formatDateTime(j.lastUsedAt) : 'Jamais'),
        },
        {
          key: 'revokedAt',
          header: 'État',
          render: (j) =>
            j.revokedAt ? (
              <Badge color="gray" variant="light">
                Révoqué le {formatDateTime(j.revokedAt)}
              </Badge>
            ) : (
              <Badge color="teal" variant="light">
                Actif
              </Badge>
            ),
        },
      ]}
      actions={(j) =>
        j.revokedAt ? null : (
          <ConfirmButton
            title="Révoquer ce jeton ?"
            message={`Le jeton « ${j.nom} » cessera immédiatement de fonctionner. Cette action est définitive.`}
            confirmLabel="Révoquer"
            ariaLabel={`Révoquer ${j.nom}`}
            onConfirm={async () => {
              await revoke.mutateAsync(j.id);
              notifications.show({ color: 'teal', title: 'Jeton révoqué', message: j.nom });
            }}
          >
            Révoquer
          </ConfirmButton>
        )
      }
    />
  );
}
