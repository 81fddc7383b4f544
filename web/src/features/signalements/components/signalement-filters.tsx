import type { Categorie } from '@domain/signalements/signalement.schema';
import { Group, Select } from '@mantine/core';
import type { Option } from '../../../lib/reference-options';
import type { SignalementFilters as Filters, StatutFiltre } from '../api/get-signalements';
import { CATEGORIE_OPTIONS, STATUT_FILTRE_OPTIONS } from './labels';

const AGES = [
  { value: '7', label: '7 derniers jours' },
  { value: '30', label: '30 derniers jours' },
  { value: '90', label: '3 derniers mois' },
  { value: '365', label: '12 derniers mois' },
];

/** Status, category, partner, age. */
export function SignalementFilters({
  value,
  onChange,
  partenaires,
}: {
  value: Filters;
  onChange: (f: Filters) => void;
  partenaires: Option[] | null;
}) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filtrer les signalements">
      <Select
        label="Statut"
        data={STATUT_FILTRE_OPTIONS}
        value={value.statut}
        onChange={(s) => onChange({ ...value, statut: (s as StatutFiltre | null) ?? 'ouverts' })}
        allowDeselect={false}
        style={{ flex: '1 1 9rem' }}
      />
      <Select
        label="Catégorie"
        placeholder="Toutes"
        data={CATEGORIE_OPTIONS}
        value={value.categorie}
        onChange={(c) => onChange({ ...value, categorie: c as Categorie | null })}
        clearable
        style={{ flex: '1 1 9rem' }}
      />
      {partenaires ? (
        <Select
          label="Partenaire"
          placeholder="Tous"
          data={partenaires}
          value={value.partenaireId}
          onChange={(p) => onChange({ ...value, partenaireId: p })}
          clearable
          searchable
          style={{ flex: '1 1 12rem' }}
        />
      ) : null}
      <Select
        label="Ancienneté"
        placeholder="Toutes"
        data={AGES}
        value={value.ageMaxJours ? String(value.ageMaxJours) : null}
        onChange={(a) => onChange({ ...value, ageMaxJours: a ? Number(a) : null })}
        clearable
        style={{ flex: '1 1 9rem' }}
      />
    </Group>
  );
}
