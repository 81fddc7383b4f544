import { Checkbox, Group, SegmentedControl, Select } from '@mantine/core';
import type { Option } from '../../../lib/reference-options';
import type { SituationFilters as Filters, StatutFiltre } from '../api/get-situations';
import { STATUS_FILTRE_OPTIONS } from './options';

/** Mine or all, status, QPV, overdue follow-ups. */
export function SituationFilters({
  value,
  onChange,
  qpvOptions,
  showMine,
}: {
  value: Filters;
  onChange: (next: Filters) => void;
  qpvOptions: Option[];
  showMine: boolean;
}) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filtrer les situations">
      {showMine ? (
        <SegmentedControl
          aria-label="Périmètre"
          data={[
            { value: 'mine', label: 'Mes situations' },
            { value: 'all', label: 'Toutes' },
          ]}
          value={value.mine ? 'mine' : 'all'}
          onChange={(v) => onChange({ ...value, mine: v === 'mine' })}
        />
      ) : null}
      <Select
        label="Statut"
        data={STATUS_FILTRE_OPTIONS}
        value={value.statut}
        onChange={(s) => onChange({ ...value, statut: (s as StatutFiltre | null) ?? 'ouvertes' })}
        allowDeselect={false}
        style={{ flex: '1 1 10rem' }}
      />
      <Select
        label="QPV"
        placeholder="Tous les QPV"
        data={qpvOptions}
        value={value.territoireId}
        onChange={(t) => onChange({ ...value, territoireId: t })}
        clearable
        style={{ flex: '1 1 12rem' }}
      />
      <Checkbox
        label="Suivis en retard"
        checked={value.enRetard}
        onChange={(e) => onChange({ ...value, enRetard: e.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
}
