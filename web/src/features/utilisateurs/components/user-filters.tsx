import type { Role } from '@domain/auth/roles';
import { FilterBar, FilterSelect, SearchField } from '../../../components/ui/filter-bar';
import { ROLE_OPTIONS } from './user-form';

/** Search box and role filter above the accounts. */
export function UserFilters({
  q,
  role,
  onChange,
}: {
  q: string;
  role: Role | null;
  onChange: (next: { q: string; role: Role | null }) => void;
}) {
  return (
    <FilterBar label="Filtrer les utilisateurs">
      <SearchField
        placeholder="Nom, prénom, e-mail…"
        value={q}
        onChange={(next) => onChange({ q: next, role })}
      />
      <FilterSelect
        label="Rôle"
        placeholder="Tous les rôles"
        data={ROLE_OPTIONS}
        value={role}
        onChange={(r) => onChange({ q, role: r })}
      />
    </FilterBar>
  );
}
