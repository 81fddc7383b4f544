import { type LieuView, PLACE_KIND_LABELS, type SecteurView } from '@domain/territoires/territoire.schema';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { DataList } from '../../../components/ui/data-list';
import { FormModal } from '../../../components/ui/form-modal';
import type { Option } from '../../../lib/reference-options';
import { useDeleteLieu } from '../api/delete-lieu';
import { LieuForm } from './lieu-form';

const formatPoint = (l: LieuView) =>
  l.latitude === null || l.longitude === null
    ? '—'
    : `${l.latitude.toLocaleString('fr-FR', { maximumFractionDigits: 5 })}, ${l.longitude.toLocaleString('fr-FR', { maximumFractionDigits: 5 })}`;

/** Places of one territory, with a dialog to add or edit one. */
export function LieuList({
  territoireId,
  lieux,
  secteurs,
  partnerOptions,
}: {
  territoireId: string;
  lieux: LieuView[];
  secteurs: SecteurView[];
  partnerOptions: Option[];
}) {
  // undefined: dialog closed; null: new place; a LieuView: editing it.
  const [editing, setEditing] = useState<LieuView | null | undefined>(undefined);
  const remove = useDeleteLieu();
  const secteurName = (id: string | null) => secteurs.find((s) => s.id === id)?.nom ?? '—';
  const partnerName = (id: string | null) => partnerOptions.find((p) => p.value === id)?.label ?? '—';

  return (
    <>
      <Group justify="flex-end" mb="sm">
        <Button onClick={() => setEditing(null)}>Ajouter un lieu</Button>
      </Group>
      <DataList
        rows={lieux}
        rowKey={(l) => l.id}
        caption="Lieux du territoire"
        empty="Aucun lieu dans ce territoire."
        columns={[
          { key: 'nom', header: 'Nom', render: (l) => l.nom },
          { key: 'kind', header: 'Type', render: (l) => PLACE_KIND_LABELS[l.kind] },
          { key: 'secteur', header: 'Secteur', render: (l) => secteurName(l.secteurId) },
          { key: 'partenaire', header: 'Partenaire', render: (l) => partnerName(l.partenaireId) },
          { key: 'position', header: 'Position', render: formatPoint },
        ]}
        actions={(l) => (
          <>
            <Button
              variant="light"
              size="compact-sm"
              aria-label={`Modifier ${l.nom}`}
              onClick={() => setEditing(l)}
            >
              Modifier
            </Button>
            <ConfirmButton
              title="Supprimer ce lieu ?"
              message={`Le lieu « ${l.nom} » sera supprimé.`}
              confirmLabel="Supprimer"
              ariaLabel={`Supprimer ${l.nom}`}
              onConfirm={async () => {
                await remove.mutateAsync(l.id);
                notifications.show({ color: 'teal', title: 'Lieu supprimé', message: l.nom });
              }}
            >
              Supprimer
            </ConfirmButton>
          </>
        )}
      />
      <FormModal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? `Modifier « ${editing.nom} »` : 'Nouveau lieu'}
      >
        {editing !== undefined ? (
          <LieuForm
            key={editing?.id ?? 'nouveau'}
            territoireId={territoireId}
            secteurs={secteurs}
            partnerOptions={partnerOptions}
            lieu={editing}
            onCancel={() => setEditing(undefined)}
            onDone={(saved) => {
              setEditing(undefined);
              notifications.show({
                color: 'teal',
                title: editing ? 'Lieu modifié' : 'Lieu ajouté',
                message: saved.nom,
              });
            }}
          />
        ) : null}
      </FormModal>
    </>
  );
}
