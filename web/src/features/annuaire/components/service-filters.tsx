import { Checkbox, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { ServiceFilters as Filters } from '../api/get-services';
import { PUBLIC_OPTIONS, THEMATIQUE_OPTIONS } from './options';

/** Directory filters; QPV options come from the structure's territories. */
export function ServiceFilters({
  value,
  onChange,
  qpvOptions,
}: {
  value: Filters;
  onChange: (f: Filters) => void;
  qpvOptions: Array<{ value: string; label: string }>;
}) {
  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => onChange({ ...value, [k]: v });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
      <TextInput
        label="Rechercher"
        placeholder="Nom du service ou de la structure"
        value={value.q}
        onChange={(e) => set('q', e.currentTarget.value)}
        type="search"
      />
      <Select
        label="Thématique"
        placeholder="Toutes"
        data={THEMATIQUE_OPTIONS}
        value={value.thematique}
        onChange={(v) => set('thematique', v)}
        clearable
        searchable
      />
      <Select
        label="Public"
        placeholder="Tous"
        data={PUBLIC_OPTIONS}
        value={value.public}
        onChange={(v) => set('public', v)}
        clearable
      />
      <TextInput
        label="Commune"
        placeholder="Nom ou code INSEE"
        value={value.commune}
        onChange={(e) => set('commune', e.currentTarget.value)}
      />
      <Select
        label="QPV"
        placeholder="Tous"
        data={qpvOptions}
        value={value.qpv}
        onChange={(v) => set('qpv', v)}
        clearable
      />
      <Checkbox
        label="Ouvert maintenant"
        checked={value.ouvertMaintenant}
        onChange={(e) => set('ouvertMaintenant', e.currentTarget.checked)}
        mt={{ base: 0, sm: 'xl' }}
        size="md"
      />
    </SimpleGrid>
  );
}
