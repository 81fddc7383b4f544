import { CATEGORIE_LABELS, type Categorie, type RegleView } from '@domain/signalements/signalement.schema';
import { Button, Group, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { DataList } from '../../../components/ui/data-list';
import { FormAlert } from '../../../components/ui/form-alert';
import { errorMessage } from '../../../lib/api-client';
import type { Option } from '../../../lib/reference-options';
import { useDeleteRegle } from '../api/delete-regle';
import { useSaveRegle } from '../api/save-regle';
import { CATEGORIE_OPTIONS } from './labels';

/** category × (QPV or place) → partner. A place's own partner still comes first. */
export function ReglesPanel({
  regles,
  territoires,
  lieux,
  partenaires,
}: {
  regles: RegleView[];
  territoires: Option[];
  lieux: Option[];
  partenaires: Option[];
}) {
  const [categorie, setCategorie] = useState<string | null>(null);
  const [cible, setCible] = useState<string | null>(null);
  const [partenaireId, setPartenaireId] = useState<string | null>(null);
  const save = useSaveRegle();
  const remove = useDeleteRegle();
  const name = (opts: Option[], id: string | null) => opts.find((o) => o.value === id)?.label ?? '—';
  const cibles = [
    { group: 'QPV', items: territoires.map((t) => ({ value: `t:${t.value}`, label: t.label })) },
    { group: 'Lieux', items: lieux.map((l) => ({ value: `l:${l.value}`, label: l.label })) },
  ];
  const submit = () => {
    if (!categorie || !cible || !partenaireId) return;
    const [kind, id] = cible.split(':');
    save.mutate(
      {
        categorie: categorie as Categorie,
        territoireId: kind === 't' ? id : null,
        lieuId: kind === 'l' ? id : null,
        partenaireId,
      },
      { onSuccess: () => setCible(null) },
    );
  };
  return (
    <Stack gap="sm">
      <DataList
        rows={regles}
        rowKey={(r) => r.id}
        caption="Règles de routage des signalements"
        empty="Aucune règle : chaque signalement ira à la coordination."
        columns={[
          {
            key: 'categorie',
            header: 'Catégorie',
            render: (r) => CATEGORIE_LABELS[r.categorie as Categorie],
          },
          {
            key: 'cible',
            header: 'Où',
            render: (r) =>
              r.lieuId ? `Lieu : ${name(lieux, r.lieuId)}` : `QPV : ${name(territoires, r.territoireId)}`,
          },
          { key: 'partenaire', header: 'Partenaire', render: (r) => r.partenaireNom },
        ]}
        actions={(r) => (
          <ConfirmButton
            title="Supprimer cette règle ?"
            message="Les prochains signalements de ce cas iront à la coordination (ou à une autre règle)."
            confirmLabel="Supprimer"
            ariaLabel={`Supprimer la règle ${CATEGORIE_LABELS[r.categorie as Categorie]} vers ${r.partenaireNom}`}
            onConfirm={() => remove.mutateAsync(r.id)}
          >
            Supprimer
          </ConfirmButton>
        )}
      />
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Select
          label="Catégorie"
          data={CATEGORIE_OPTIONS}
          value={categorie}
          onChange={setCategorie}
          style={{ flex: '1 1 10rem' }}
        />
        <Select
          label="QPV ou lieu"
          data={cibles}
          value={cible}
          onChange={setCible}
          searchable
          style={{ flex: '1 1 12rem' }}
        />
        <Select
          label="Partenaire"
          data={partenaires}
          value={partenaireId}
          onChange={setPartenaireId}
          searchable
          style={{ flex: '1 1 12rem' }}
        />
        <Button onClick={submit} loading={save.isPending} disabled={!categorie || !cible || !partenaireId}>
          Ajouter la règle
        </Button>
      </Group>
      <FormAlert message={save.error ? errorMessage(save.error) : null} />
    </Stack>
  );
}
