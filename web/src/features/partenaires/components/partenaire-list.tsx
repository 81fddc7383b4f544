import { PARTNER_KIND_LABELS, type PartenaireView } from '@domain/partenaires/partenaire.schema';
import { Anchor, Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { DataList } from '../../../components/ui/data-list';
import { useDeletePartenaire } from '../api/delete-partenaire';

/** The directory as a table (desktop) or cards (phone), with edit and delete. */
export function PartenaireList({
  partenaires,
  territoireName,
  onEdit,
}: {
  partenaires: PartenaireView[];
  territoireName: (id: string) => string;
  onEdit: (p: PartenaireView) => void;
}) {
  const remove = useDeletePartenaire();
  return (
    <DataList
      rows={partenaires}
      rowKey={(p) => p.id}
      caption="Annuaire des partenaires"
      empty="Aucun partenaire ne correspond."
      minTableWidth={760}
      columns={[
        { key: 'nom', header: 'Nom', render: (p) => p.nom },
        { key: 'kind', header: 'Type', render: (p) => PARTNER_KIND_LABELS[p.kind] },
        {
          key: 'email',
          header: 'E-mail',
          render: (p) => (p.email ? <Anchor href={`mailto:${p.email}`}>{p.email}</Anchor> : '—'),
        },
        {
          key: 'telephone',
          header: 'Téléphone',
          render: (p) =>
            p.telephone ? <Anchor href={`tel:${p.telephone.replace(/\s/g, '')}`}>{p.telephone}</Anchor> : '—',
        },
        {
          key: 'territoires',
          header: 'Territoires',
          render: (p) => p.territoireIds.map(territoireName).join(', ') || '—',
        },
        { key: 'contacts', header: 'Contacts', render: (p) => p.contacts.length },
      ]}
      actions={(p) => (
        <>
          <Button
            variant="light"
            size="compact-sm"
            aria-label={`Modifier ${p.nom}`}
            onClick={() => onEdit(p)}
          >
            Modifier
          </Button>
          <ConfirmButton
            title="Supprimer ce partenaire ?"
            message={`« ${p.nom} » sera retiré de l’annuaire, avec ses contacts.`}
            confirmLabel="Supprimer"
            ariaLabel={`Supprimer ${p.nom}`}
            onConfirm={async () => {
              await remove.mutateAsync(p.id);
              notifications.show({ color: 'teal', title: 'Partenaire supprimé', message: p.nom });
            }}
          >
            Supprimer
          </ConfirmButton>
        </>
      )}
    />
  );
}
