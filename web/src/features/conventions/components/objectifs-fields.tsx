import { INDICATEUR_LABELS, INDICATEURS } from '@domain/conventions/convention.schema';
import { Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import type { FieldErrors } from '../../../lib/form';

export interface ObjectifDraft {
  key: string;
  indicateur: string | null;
  cible: number | string;
}

const OPTIONS = INDICATEURS.map((k) => ({ value: k, label: INDICATEUR_LABELS[k] }));

/** One row per objective: an indicator of the report and its target. */
export function ObjectifsFields({
  objectifs,
  errors,
  onChange,
}: {
  objectifs: ObjectifDraft[];
  errors: FieldErrors;
  onChange: (next: ObjectifDraft[]) => void;
}) {
  const set = (i: number, patch: Partial<ObjectifDraft>) =>
    onChange(objectifs.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  const used = new Set(objectifs.map((o) => o.indicateur));
  return (
    <Stack gap="sm">
      {objectifs.length === 0 ? (
        <Text size="sm" c="dimmed">
          Aucun objectif : le rapport de la convention donnera les chiffres sans cible.
        </Text>
      ) : null}
      {objectifs.map((o, i) => (
        <Group key={o.key} align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={`Indicateur ${i + 1}`}
            data={OPTIONS.map((opt) => ({
              ...opt,
              disabled: opt.value !== o.indicateur && used.has(opt.value),
            }))}
            value={o.indicateur}
            onChange={(indicateur) => set(i, { indicateur })}
            error={errors[`objectifs.${i}.indicateur`]}
            allowDeselect={false}
            style={{ flex: '2 1 16rem' }}
          />
          <NumberInput
            label={`Cible ${i + 1}`}
            value={o.cible}
            onChange={(cible) => set(i, { cible })}
            error={errors[`objectifs.${i}.cible`]}
            min={0}
            // Never change what was typed on blur: a negative target is said by the shared schema.
            clampBehavior="none"
            decimalSeparator=","
            thousandSeparator=" "
            style={{ flex: '1 1 8rem' }}
          />
          <Button
            variant="subtle"
            color="red"
            onClick={() => onChange(objectifs.filter((_, j) => j !== i))}
            aria-label={`Retirer l’objectif ${i + 1}`}
          >
            Retirer
          </Button>
        </Group>
      ))}
      {errors.objectifs ? (
        <Text size="sm" c="red" role="alert">
          {errors.objectifs}
        </Text>
      ) : null}
      <Group>
        <Button
          variant="light"
          onClick={() => onChange([...objectifs, { key: crypto.randomUUID(), indicateur: null, cible: '' }])}
        >
          Ajouter un objectif
        </Button>
      </Group>
    </Stack>
  );
}
