import { Button, Group, MultiSelect, TextInput } from '@mantine/core';
import type { RapportFiltre } from '../api/rapports';

const annee = (y: number) => ({ du: `${y}-01-01`, au: `${y}-12-31` });

/** Period (native date fields, shown in French by the browser) and QPV filter. */
export function RapportFilters({
  value,
  onChange,
  qpvOptions,
  thisYear,
}: {
  value: RapportFiltre;
  onChange: (f: RapportFiltre) => void;
  qpvOptions: Array<{ value: string; label: string }>;
  thisYear: number;
}) {
  const invalid =
    value.du && value.au && value.du > value.au ? 'La date de fin précède la date de début.' : null;
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        type="date"
        label="Du"
        value={value.du}
        onChange={(e) => onChange({ ...value, du: e.currentTarget.value })}
        w={170}
      />
      <TextInput
        type="date"
        label="Au"
        value={value.au}
        error={invalid}
        onChange={(e) => onChange({ ...value, au: e.currentTarget.value })}
        w={170}
      />
      <MultiSelect
        label="QPV"
        placeholder={value.qpv.length ? undefined : 'Tous les quartiers'}
        data={qpvOptions}
        value={value.qpv}
        onChange={(qpv) => onChange({ ...value, qpv })}
        clearable
        searchable
        w={{ base: '100%', sm: 320 }}
      />
      <Group gap="xs">
        <Button variant="default" onClick={() => onChange({ ...value, ...annee(thisYear) })}>
          Année {thisYear}
        </Button>
        <Button variant="default" onClick={() => onChange({ ...value, ...annee(thisYear - 1) })}>
          Année {thisYear - 1}
        </Button>
      </Group>
    </Group>
  );
}
