import { Chip, Group, Stack, Text } from '@mantine/core';
import { InlineError } from '../../../components/ui/form-alert';
import type { Option } from '../../../lib/reference-options';

const fieldsetStyle = { border: 0, padding: 0, margin: 0, minWidth: 0 };

/** A group of big tappable chips with a legend: one choice, or several with `multiple`. */
export function ChipField<M extends boolean>({
  legend,
  options,
  value,
  onChange,
  multiple,
  error,
}: {
  legend: string;
  options: Option[];
  multiple: M;
  value: M extends true ? string[] : string | null;
  onChange: (v: M extends true ? string[] : string) => void;
  error?: string;
}) {
  return (
    <Stack component="fieldset" gap={6} style={fieldsetStyle}>
      <Text component="legend" fw={600} size="sm" mb={6}>
        {legend}
      </Text>
      <Chip.Group multiple={multiple} value={value as never} onChange={onChange as never}>
        <Group gap={8}>
          {options.map((o) => (
            <Chip key={o.value} value={o.value} size="md" radius="xl" variant="outline">
              {o.label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <InlineError message={error} />
    </Stack>
  );
}
