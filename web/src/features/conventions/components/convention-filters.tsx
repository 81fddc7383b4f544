import { Group, Select, TextInput } from '@mantine/core';
import type { Option } from '../../../lib/reference-options';

export interface ConventionFiltersValue {
  q: string;
  partenaireId: string | null;
  annee: string | null;
}

/** Search box, funder and year above the list of conventions. */
export function ConventionFilters({
  value,
  onChange,
  financeurs,
  annees,
}: {
  value: ConventionFiltersValue;
  onChange: (next: ConventionFiltersValue) => void;
  financeurs: Option[];
  annees: string[];
}) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filtrer les conventions">
      <TextInput
        label="Rechercher"
        type="search"
        placeholder="Nom, référence, financeur…"
        value={value.q}
        onChange={(e) => onChange({ ...value, q: e.currentTarget.value })}
        style={{ flex: '2 1 14rem' }}
      />
      <Select
        label="Financeur"
        placeholder="Tous les financeurs"
        data={financeurs}
        value={value.partenaireId}
        onChange={(partenaireId) => onChange({ ...value, partenaireId })}
        clearable
        searchable
        style={{ flex: '1 1 12rem' }}
      />
      <Select
        label="Année"
        placeholder="Toutes les années"
        data={annees}
        value={value.annee}
        onChange={(annee) => onChange({ ...value, annee })}
        clearable
        style={{ flex: '1 1 8rem' }}
      />
    </Group>
  );
}
