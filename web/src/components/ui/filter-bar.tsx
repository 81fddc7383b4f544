import { type ComboboxData, Group, Select, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';

/** The filters above a list: one wrapping row, announced as a search region. */
export function FilterBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={label}>
      {children}
    </Group>
  );
}

/** The free-text box of a filter bar (it takes the widest share of the row). */
export function SearchField({
  value,
  onChange,
  placeholder,
}: {
  value: string;
  onChange: (q: string) => void;
  placeholder: string;
}) {
  return (
    <TextInput
      label="Rechercher"
      type="search"
      placeholder={placeholder}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      style={{ flex: '2 1 14rem' }}
    />
  );
}

/**
 * One select of a filter bar. Clearable (`null` is « all », said by the placeholder) unless
 * `required`: a status filter always holds a value.
 */
export function FilterSelect<T extends string>({
  label,
  placeholder,
  data,
  value,
  onChange,
  width = '12rem',
  searchable,
  required,
}: {
  label: string;
  placeholder?: string;
  data: ComboboxData;
  value: T | null;
  onChange: (v: T | null) => void;
  /** The select's basis in the row (it grows from there). */
  width?: string;
  searchable?: boolean;
  required?: boolean;
}) {
  return (
    <Select
      label={label}
      placeholder={placeholder}
      data={data}
      value={value}
      onChange={(v) => onChange(v as T | null)}
      clearable={!required}
      allowDeselect={!required}
      searchable={searchable}
      style={{ flex: `1 1 ${width}` }}
    />
  );
}
