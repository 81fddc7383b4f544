import { ROLE_LABELS } from '@domain/auth/roles';
import type { UserView } from '@domain/utilisateurs/utilisateur.schema';
import { Badge, Button } from '@mantine/core';
import { DataList } from '../../../components/ui/data-list';

function StatusBadge({ user }: { user: UserView }) {
  if (!user.isActive)
    return (
      <Badge color="gray" variant="light">
        Désactivé
      </Badge>
    );
  if (!user.hasPassword)
    return (
      <Badge color="orange" variant="light">
        En attente d’activation
      </Badge>
    );
  return (
    <Badge color="teal" variant="light">
      Actif
    </Badge>
  );
}

export function UserList({
  users,
  territoireName,
  partnerName,
  onEdit,
}: {
  users: UserView[];
  territoireName: (id: string) => string;
  partnerName: (id: string) => string;
  onEdit: (u: UserView) => void;
}) {
  return (
    <DataList
      rows={users}
      rowKey={(u) => u.id}
      caption="Comptes utilisateurs de la structure"
      empty="Aucun compte ne correspond."
      minTableWidth={820}
      columns={[
        { key: 'nom', header: 'Nom', render: (u) => `${u.prenom} ${u.nom}` },
        { key: 'email', header: 'E-mail', render: (u) => u.email },
        {
          key: 'role',
          header: 'Rôle',
          render: (u) =>
            u.partenaireId ? `${ROLE_LABELS[u.role]} (${partnerName(u.partenaireId)})` : ROLE_LABELS[u.role],
        },
        {
          key: 'territoires',
          header: 'Territoires',
          render: (u) =>
            u.allTerritoires ? 'Tous' : u.territoireIds.map(territoireName).join(', ') || 'Aucun',
        },
        { key: 'statut', header: 'Statut', render: (u) => <StatusBadge user={u} /> },
      ]}
      actions={(u) => (
        <Button
          variant="light"
          size="compact-sm"
          aria-label={`Modifier ${u.prenom} ${u.nom}`}
          onClick={() => onEdit(u)}
        >
          Modifier
        </Button>
      )}
    />
  );
}
