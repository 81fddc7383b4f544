import type { PartenaireView, PartnerKind } from '@domain/partenaires/partenaire.schema';
import { Button, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { FormModal } from '../../components/ui/form-modal';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { usePartenaires } from '../../features/partenaires/api/get-partenaires';
import { PartenaireFilters } from '../../features/partenaires/components/partenaire-filters';
import { PartenaireForm } from '../../features/partenaires/components/partenaire-form';
import { PartenaireList } from '../../features/partenaires/components/partenaire-list';
import { useTerritoires } from '../../features/territoires/api/get-territoires';

export function PartenairesPage() {
  const [filters, setFilters] = useState<{ q: string; kind: PartnerKind | null }>({ q: '', kind: null });
  const [q] = useDebouncedValue(filters.q, 300);
  const partenaires = usePartenaires({ q, kind: filters.kind });
  const territoires = useTerritoires();
  // undefined: closed; null: new partner; a PartenaireView: editing it.
  const [editing, setEditing] = useState<PartenaireView | null | undefined>(undefined);

  const territoireOptions = (territoires.data ?? []).map((t) => ({
    value: t.id,
    label: `${t.nom} (${t.qpvCode})`,
  }));
  const territoireName = (id: string) => territoires.data?.find((t) => t.id === id)?.nom ?? '…';

  return (
    <>
      <PageHeader
        title="Partenaires"
        description="L’annuaire des structures vers lesquelles l’équipe oriente et signale."
        action={<Button onClick={() => setEditing(null)}>Nouveau partenaire</Button>}
      />
      <Stack gap="md">
        <PartenaireFilters q={filters.q} kind={filters.kind} onChange={setFilters} />
        <QueryState query={partenaires} label="les partenaires">
          {(list) => (
            <PartenaireList partenaires={list} territoireName={territoireName} onEdit={setEditing} />
          )}
        </QueryState>
      </Stack>
      <FormModal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? `Modifier « ${editing.nom} »` : 'Nouveau partenaire'}
        size="xl"
      >
        {editing !== undefined ? (
          <PartenaireForm
            key={editing?.id ?? 'nouveau'}
            partenaire={editing}
            territoireOptions={territoireOptions}
            onCancel={() => setEditing(undefined)}
            onDone={(saved) => {
              setEditing(undefined);
              notifications.show({
                color: 'teal',
                title: editing ? 'Partenaire modifié' : 'Partenaire créé',
                message: saved.nom,
              });
            }}
          />
        ) : null}
      </FormModal>
    </>
  );
}
