import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { errorMessage } from '../../../lib/api-client';
import { usePersonneChoices } from '../api/get-personne-choices';
import { useMergePersonne } from '../api/merge-personne';

/** Merges a duplicate into this file; the duplicate is kept, marked merged, for history. */
export function MergePanel({ personneId }: { personneId: string }) {
  const [search, setSearch] = useState('');
  const [doublon, setDoublon] = useState<string | null>(null);
  const candidates = usePersonneChoices(search);
  const merge = useMergePersonne(personneId);
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        Les demandes, orientations et consentements du doublon sont rattachés à cette fiche ; le doublon est
        conservé pour l’historique.
      </Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label="Fiche en double"
          placeholder="Pseudonyme"
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          data={(candidates.data ?? [])
            .filter((p) => p.id !== personneId)
            .map((p) => ({ value: p.id, label: p.pseudonyme }))}
          value={doublon}
          onChange={setDoublon}
          nothingFoundMessage="Aucune fiche"
          maw={320}
        />
        <Button
          color="orange"
          disabled={!doublon}
          loading={merge.isPending}
          onClick={() =>
            doublon &&
            merge.mutate(doublon, {
              onSuccess: () => {
                setDoublon(null);
                notifications.show({ color: 'teal', message: 'Fiches fusionnées.' });
              },
            })
          }
        >
          Fusionner dans cette fiche
        </Button>
      </Group>
      <FormAlert message={merge.error ? errorMessage(merge.error) : null} title="Fusion impossible" />
    </Stack>
  );
}
