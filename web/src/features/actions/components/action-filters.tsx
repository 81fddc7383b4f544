import type { ActionStatut, ActionType } from '@domain/actions/action.taxonomies';
import { Button } from '@mantine/core';
import { useId, useState } from 'react';
import { FilterBar, FilterSelect, SearchField } from '../../../components/ui/filter-bar';
import { PeriodeFields } from '../../../components/ui/periode-fields';
import { useIsDesktop } from '../../../components/ui/use-is-desktop';
import type { Option } from '../../../lib/reference-options';
import type { ActionFilters as Filters } from '../api/get-actions';
import { STATUT_OPTIONS, TYPE_OPTIONS } from './options';

/**
 * Title words, type, status, QPV and the start days; every change starts again at page 1. On a
 * phone all but the search fold away until asked for (they would fill the first screen).
 */
export function ActionFilters({
  value,
  onChange,
  qpvOptions,
}: {
  value: Filters;
  onChange: (f: Filters) => void;
  qpvOptions: Option[];
}) {
  const desktop = useIsDesktop();
  const actifs = [value.type, value.statut, value.territoireId, value.du, value.au].filter(Boolean).length;
  const [unfolded, setUnfolded] = useState(actifs > 0);
  const id = useId();
  const shown = desktop || unfolded;
  return (
    <FilterBar label="Filtrer les actions">
      <SearchField
        value={value.recherche}
        onChange={(recherche) => onChange({ ...value, recherche })}
        placeholder="Mots du titre"
      />
      {desktop ? null : (
        <Button
          variant="light"
          fullWidth
          aria-expanded={unfolded}
          aria-controls={id}
          onClick={() => setUnfolded((u) => !u)}
        >
          {unfolded ? 'Masquer les filtres' : 'Plus de filtres'}
          {actifs > 0 ? ` (${actifs} actif${actifs > 1 ? 's' : ''})` : ''}
        </Button>
      )}
      <div id={id} hidden={!shown} style={{ display: shown ? 'contents' : undefined }}>
        <Filtres value={value} onChange={onChange} qpvOptions={qpvOptions} />
      </div>
    </FilterBar>
  );
}

function Filtres({
  value,
  onChange,
  qpvOptions,
}: {
  value: Filters;
  onChange: (f: Filters) => void;
  qpvOptions: Option[];
}) {
  return (
    <>
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
    </>
  );
}
