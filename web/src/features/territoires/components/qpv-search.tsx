import type { QpvReference } from '@domain/territoires/territoire.schema';
import { Autocomplete, Loader, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { errorMessage } from '../../../lib/api-client';
import { useCreateTerritoire } from '../api/create-territoire';
import { QPV_SEARCH_MIN, useQpvSearch } from '../api/search-qpv';

const optionLabel = (q: QpvReference) =>
  `${q.code} — ${q.nom}${q.communes.length ? ` (${q.communes.map((c) => c.nom).join(', ')})` : ''}`;

/** Adds a QPV to the structure by searching the national list (code, name or commune). */
export function QpvSearch({ existingCodes }: { existingCodes: string[] }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const results = useQpvSearch(debounced);
  const create = useCreateTerritoire();
  const [error, setError] = useState<string | null>(null);

  const options = (results.data ?? []).map((q) => {
    const already = existingCodes.includes(q.code);
    return {
      value: already ? `${optionLabel(q)} · déjà ajouté` : optionLabel(q),
      disabled: already,
      code: q.code,
    };
  });

  const add = (value: string) => {
    const picked = options.find((o) => o.value === value);
    if (!picked) return;
    setError(null);
    create.mutate(
      { qpvCode: picked.code },
      {
        onSuccess: (t) => {
          setSearch('');
          notifications.show({
            color: 'teal',
            title: 'Territoire ajouté',
            message: `${t.qpvCode} — ${t.nom}`,
          });
        },
        onError: (e) => setError(errorMessage(e)),
      },
    );
  };

  const tooShort = search.trim().length < QPV_SEARCH_MIN;
  return (
    <Stack gap="xs">
      <Autocomplete
        label="Ajouter un QPV"
        description="Tapez un code (QN…), un nom de quartier ou une commune, puis choisissez dans la liste."
        placeholder="ex. QN07501M, Goutte d’Or, Marseille"
        value={search}
        onChange={setSearch}
        data={tooShort ? [] : options.map(({ value, disabled }) => ({ value, disabled }))}
        filter={({ options: all }) => all}
        onOptionSubmit={add}
        limit={20}
        rightSection={results.isFetching || create.isPending ? <Loader size="xs" aria-hidden="true" /> : null}
        disabled={create.isPending}
      />
      {!tooShort && results.isSuccess && results.data.length === 0 && !results.isFetching ? (
        <Text size="sm" c="dimmed" role="status">
          Aucun QPV ne correspond à « {search.trim()} ».
        </Text>
      ) : null}
      <FormAlert message={error} title="Ajout impossible" />
    </Stack>
  );
}
