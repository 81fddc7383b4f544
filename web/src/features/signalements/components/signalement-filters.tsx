import type { Categorie } from '@domain/signalements/signalement.schema';
import { FilterBar, FilterSelect } from '../../../components/ui/filter-bar';
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
    <FilterBar label="Filtrer les signalements">
      <FilterSelect<StatutFiltre>
        label="Statut"
        data={STATUT_FILTRE_OPTIONS}
        value={value.statut}
        onChange={(s) => onChange({ ...value, statut: s ?? 'ouverts' })}
        width="9rem"
        required
      />
      <FilterSelect<Categorie>
        label="Catégorie"
        placeholder="Toutes"
        data={CATEGORIE_OPTIONS}
        value={value.categorie}
        onChange={(categorie) => onChange({ ...value, categorie })}
        width="9rem"
      />
      {partenaires ? (
        <FilterSelect
          label="Partenaire"
          placeholder="Tous"
          data={partenaires}
          value={value.partenaireId}
          onChange={(partenaireId) => onChange({ ...value, partenaireId })}
          searchable
        />
      ) : null}
      <FilterSelect
        label="Ancienneté"
        placeholder="Toutes"
        data={AGES}
        value={value.ageMaxJours ? String(value.ageMaxJours) : null}
        onChange={(a) => onChange({ ...value, ageMaxJours: a ? Number(a) : null })}
        width="9rem"
      />
    </FilterBar>
  );
}
