import { FilterBar, FilterSelect, SearchField } from '../../../components/ui/filter-bar';
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
    <FilterBar label="Filtrer les conventions">
      <SearchField
        placeholder="Nom, référence, financeur…"
        value={value.q}
        onChange={(q) => onChange({ ...value, q })}
      />
      <FilterSelect
        label="Financeur"
        placeholder="Tous les financeurs"
        data={financeurs}
        value={value.partenaireId}
        onChange={(partenaireId) => onChange({ ...value, partenaireId })}
        searchable
      />
      <FilterSelect
        label="Année"
        placeholder="Toutes les années"
        data={annees}
        value={value.annee}
        onChange={(annee) => onChange({ ...value, annee })}
        width="8rem"
      />
    </FilterBar>
  );
}
