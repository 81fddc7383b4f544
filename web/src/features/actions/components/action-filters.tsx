import type { ActionStatut, ActionType } from '@domain/actions/action.taxonomies';
import { FilterBar, FilterSelect, SearchField } from '../../../components/ui/filter-bar';
import { PeriodeFields } from '../../../components/ui/periode-fields';
import type { Option } from '../../../lib/reference-options';
import type { ActionFilters as Filters } from '../api/get-actions';
import { STATUT_OPTIONS, TYPE_OPTIONS } from './options';

/** Title words, type, status, QPV and the start days; every change starts again at page 1. */
export function ActionFilters({
  value,
  onChange,
  qpvOptions,
}: {
  value: Filters;
  onChange: (f: Filters) => void;
  qpvOptions: Option[];
}) {
  return (
    <FilterBar label="Filtrer les actions">
      <SearchField
        value={value.recherche}
        onChange={(recherche) => onChange({ ...value, recherche })}
        placeholder="Mots du titre"
      />
      <FilterSelect<ActionType>
        label="Type"
        placeholder="Tous"
        data={TYPE_OPTIONS}
        value={value.type}
        onChange={(type) => onChange({ ...value, type })}
      />
      <FilterSelect<ActionStatut>
        label="Statut"
        placeholder="Tous"
        data={STATUT_OPTIONS}
        value={value.statut}
        onChange={(statut) => onChange({ ...value, statut })}
        width="8rem"
      />
      <FilterSelect
        label="Quartier (QPV)"
        placeholder="Tous"
        data={qpvOptions}
        value={value.territoireId}
        onChange={(territoireId) => onChange({ ...value, territoireId })}
      />
      <PeriodeFields
        value={{ du: value.du, au: value.au }}
        onChange={(p) => onChange({ ...value, ...p })}
        w={{ base: '100%', xs: '10rem' }}
      />
    </FilterBar>
  );
}
