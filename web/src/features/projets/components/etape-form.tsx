import { ETAPE_NOTE_MAX, etapeProjetCreateSchema } from '@domain/projets/projet.schema';
import { ETAPE_PROJET_KIND_LIST } from '@domain/projets/projet.taxonomies';
import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { SensitiveTextWarning, useSensitiveCheck } from '../../../components/ui/sensitive-text';
import { todayParis } from '../../../lib/dates';
import { orNull, useForm } from '../../../lib/form';
import { useAddEtape } from '../api/add-etape';

const KIND_OPTIONS = ETAPE_PROJET_KIND_LIST.codes.map((k) => ({
  value: k,
  label: ETAPE_PROJET_KIND_LIST.label(k),
}));

/**
 * Records a dated support step: its kind, the mediator hours (by quarter hours) and a short
 * factual note. `mediateurIds`: who is counted as present (the mediator writing it).
 */
export function EtapeForm({
  projetId,
  mediateurIds,
  onDone,
}: {
  projetId: string;
  mediateurIds: string[];
  onDone: () => void;
}) {
  const blank = () => ({
    id: crypto.randomUUID(),
    date: todayParis(),
    kind: null as string | null,
    heures: 1 as number | string,
    note: '',
  });
  const form = useForm(blank());
  const add = useAddEtape(projetId);
  const sensitive = useSensitiveCheck();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const input = form.validate(etapeProjetCreateSchema, {
      ...v,
      kind: v.kind ?? undefined,
      heures: v.heures === '' ? undefined : Number(v.heures),
      note: orNull(v.note),
      mediateurIds,
    });
    if (!input || !(await sensitive.allows(input.note))) return;
    add.mutate(input, {
      onError: form.handleError,
      onSuccess: () => {
        form.reset(blank());
        onDone();
      },
    });
  };
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-label="Nouvelle étape">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label="Étape"
            required
            data={KIND_OPTIONS}
            {...form.selectProps('kind')}
            allowDeselect={false}
          />
          <TextInput label="Date" type="date" required {...form.textProps('date')} />
          <NumberInput
            label="Heures de médiation"
            description="Par quarts d’heure (0,25)"
            min={0}
            max={24}
            step={0.25}
            decimalScale={2}
            decimalSeparator=","
            value={form.values.heures}
            onChange={(h) => form.setValue('heures', h)}
            error={form.errors.heures}
          />
        </SimpleGrid>
        <Textarea
          label="Note courte et factuelle"
          autosize
          minRows={2}
          maxLength={ETAPE_NOTE_MAX}
          {...form.textProps('note')}
        />
        <SensitiveTextWarning check={sensitive} onKeep={() => form.formRef.current?.requestSubmit()} />
        <FormAlert message={form.formError} />
        <Group justify="flex-end">
          <Button type="submit" loading={add.isPending}>
            Enregistrer l’étape
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
