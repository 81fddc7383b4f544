import type { Role } from '@domain/auth/roles';
import { Group, Select, TextInput } from '@mantine/core';
import { ROLE_OPTIONS } from './user-form';

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
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filtrer les utilisateurs">
      <TextInput
        label="Rechercher"
        type="search"
        placeholder="Nom, prénom, e-mail…"
        value={q}
        onChange={(e) => onChange({ q: e.currentTarget.value, role })}
        style={{ flex: '2 1 14rem' }}
      />
      <Select
        label="Rôle"
        placeholder="Tous les rôles"
        data={ROLE_OPTIONS}
        value={role}
        onChange={(r) => onChange({ q, role: r as Role | null })}
        clearable
        style={{ flex: '1 1 12rem' }}
      />
    </Group>
  );
}
