import type { PartnerKind } from '@domain/partenaires/partenaire.schema';
import { Group, Select, TextInput } from '@mantine/core';
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
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filtrer les partenaires">
      <TextInput
        label="Rechercher"
        type="search"
        placeholder="Nom, e-mail, contact…"
        value={q}
        onChange={(e) => onChange({ q: e.currentTarget.value, kind })}
        style={{ flex: '2 1 14rem' }}
      />
      <Select
        label="Type"
        placeholder="Tous les types"
        data={PARTNER_KIND_OPTIONS}
        value={kind}
        onChange={(k) => onChange({ q, kind: k as PartnerKind | null })}
        clearable
        style={{ flex: '1 1 12rem' }}
      />
    </Group>
  );
}
