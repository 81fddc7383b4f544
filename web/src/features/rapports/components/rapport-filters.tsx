import { Button, Group, MultiSelect } from '@mantine/core';
import { PeriodeFields } from '../../../components/ui/periode-fields';
import type { Option } from '../../../lib/reference-options';
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
  qpvOptions: Option[];
  thisYear: number;
}) {
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <PeriodeFields value={value} onChange={(p) => onChange({ ...value, ...p })} quoi="Le rapport" w={170} />
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
