import type { TerritoireView } from '@domain/territoires/territoire.schema';
import { Anchor, Badge } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { DataList } from '../../../components/ui/data-list';
import { useDeleteTerritoire } from '../api/delete-territoire';

/** The structure's QPV; a name opens the territory's sectors and places. */
export function TerritoireList({
  territoires,
  detailPath,
}: {
  territoires: TerritoireView[];
  detailPath: (id: string) => string;
}) {
  const remove = useDeleteTerritoire();
  return (
    <DataList
      rows={territoires}
      rowKey={(t) => t.id}
      caption="Territoires (QPV) de la structure"
      empty="Aucun territoire pour l’instant : ajoutez un QPV avec la recherche ci-dessus."
      columns={[
        {
          key: 'nom',
          header: 'Quartier',
          render: (t) => (
            <Anchor component={Link} to={detailPath(t.id)} fw={600}>
              {t.nom}
            </Anchor>
          ),
        },
        { key: 'code', header: 'Code QPV', render: (t) => <Badge variant="light">{t.qpvCode}</Badge> },
        { key: 'communes', header: 'Commune(s)', render: (t) => t.communes.join(', ') || '—' },
        { key: 'secteurs', header: 'Secteurs', render: (t) => t.secteurs.length },
        { key: 'lieux', header: 'Lieux', render: (t) => t.lieux.length },
      ]}
      actions={(t) => (
        <ConfirmButton
          title="Retirer ce territoire ?"
          message={`Le QPV ${t.qpvCode} (${t.nom}) ne fera plus partie de la structure, avec ses secteurs et ses lieux.`}
          confirmLabel="Retirer"
          ariaLabel={`Retirer ${t.nom}`}
          onConfirm={async () => {
            await remove.mutateAsync(t.id);
            notifications.show({
              color: 'teal',
              title: 'Territoire retiré',
              message: `${t.qpvCode} — ${t.nom}`,
            });
          }}
        >
          Retirer
        </ConfirmButton>
      )}
    />
  );
}
