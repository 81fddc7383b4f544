import { Badge, Code } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { DataList } from '../../../components/ui/data-list';
import { formatDate, formatDateTime } from '../../../lib/dates';
import type { JetonView } from '../api/get-jetons';
import { useRevokeJeton } from '../api/revoke-jeton';

const isExpired = (j: JetonView, now: number) => new Date(j.expiresAt).getTime() <= now;

function JetonState({ jeton, now }: { jeton: JetonView; now: number }) {
  if (jeton.revokedAt) {
    return (
      <Badge color="gray" variant="light">
        Révoqué le {formatDateTime(jeton.revokedAt)}
      </Badge>
    );
  }
  return isExpired(jeton, now) ? (
    <Badge color="orange" variant="light">
      Expiré
    </Badge>
  ) : (
    <Badge color="teal" variant="light">
      Actif
    </Badge>
  );
}

/** The tokens; the owner column only when the list holds other accounts' tokens (admins). */
export function JetonList({
  jetons,
  userName,
}: {
  jetons: JetonView[];
  userName: ((id: string) => string) | null;
}) {
  const revoke = useRevokeJeton();
  const now = Date.now();
  const owner = userName
    ? [{ key: 'user', header: 'Compte', render: (j: JetonView) => userName(j.userId) }]
    : [];
  return (
    <DataList
      rows={jetons}
      rowKey={(j) => j.id}
      caption="Jetons d’accès à l’API"
      empty="Aucun jeton pour l’instant."
      minTableWidth={userName ? 960 : 840}
      columns={[
        { key: 'nom', header: 'Nom', render: (j) => j.nom },
        ...owner,
        { key: 'prefix', header: 'Début du jeton', render: (j) => <Code>{j.prefix}…</Code> },
        { key: 'createdAt', header: 'Créé le', render: (j) => formatDateTime(j.createdAt) },
        { key: 'expiresAt', header: 'Expire le', render: (j) => formatDate(j.expiresAt) },
        {
          key: 'lastUsedAt',
          header: 'Dernière utilisation',
          render: (j) => (j.lastUsedAt ? formatDateTime(j.lastUsedAt) : 'Jamais'),
        },
        { key: 'revokedAt', header: 'État', render: (j) => <JetonState jeton={j} now={now} /> },
      ]}
      actions={(j) =>
        j.revokedAt || isExpired(j, now) ? null : (
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
