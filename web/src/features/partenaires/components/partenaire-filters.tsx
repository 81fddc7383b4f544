import type { PartnerKind } from '@domain/partenaires/partenaire.schema';
import { FilterBar, FilterSelect, SearchField } from '../../../components/ui/filter-bar';
import { PARTNER_KIND_OPTIONS } from './partenaire-form';

/** Search box and kind filter above the directory. */
export function PartenaireFilters({
  q,
  kind,
  onChange,
}: {
  q: string;
  kind: PartnerKind | null;
  onChange: (next: { q: string; kind: PartnerKind | null }) => void;
}) {
  return (
    <FilterBar label="Filtrer les partenaires">
      <SearchField
        placeholder="Nom, e-mail, contact…"
        value={q}
        onChange={(next) => onChange({ q: next, kind })}
      />
      <FilterSelect
        label="Type"
        placeholder="Tous les types"
        data={PARTNER_KIND_OPTIONS}
        value={kind}
        onChange={(k) => onChange({ q, kind: k })}
      />
    </FilterBar>
  );
}
