import { Checkbox, SegmentedControl } from '@mantine/core';
import { FilterBar, FilterSelect } from '../../../components/ui/filter-bar';
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
    <FilterBar label="Filtrer les situations">
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
      <FilterSelect<StatutFiltre>
        label="Statut"
        data={STATUS_FILTRE_OPTIONS}
        value={value.statut}
        onChange={(s) => onChange({ ...value, statut: s ?? 'ouvertes' })}
        width="10rem"
        required
      />
      <FilterSelect
        label="QPV"
        placeholder="Tous les QPV"
        data={qpvOptions}
        value={value.territoireId}
        onChange={(territoireId) => onChange({ ...value, territoireId })}
      />
      <Checkbox
        label="Suivis en retard"
        checked={value.enRetard}
        onChange={(e) => onChange({ ...value, enRetard: e.currentTarget.checked })}
        mb={8}
      />
    </FilterBar>
  );
}
