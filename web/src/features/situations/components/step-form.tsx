import { type SituationView, stepCreateSchema } from '@domain/situations/situation.schema';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { SensitiveTextWarning, useSensitiveCheck } from '../../../components/ui/sensitive-text';
import { todayParis } from '../../../lib/dates';
import { useForm } from '../../../lib/form';
import { KEPT_MESSAGE } from '../../../lib/outbox-capture';
import { useAddStep } from '../api/add-step';
import { STEP_OPTIONS } from './options';

/**
 * Records a step of the timeline: date, duration, mediators present, a short factual note.
 * The page remounts it (key) once the step is in the timeline, so it starts blank again.
 */
export function StepForm({ situation, onDone }: { situation: SituationView; onDone?: () => void }) {
  const team = situation.mediateurs ?? [];
  const blank = () => ({
    id: crypto.randomUUID(),
    kind: null as string | null,
    date: todayParis(),
    dureeMinutes: 30 as number | string,
    mediateurIds: team.map((m) => m.mediateurId),
    note: '',
  });
  const form = useForm(blank());
  /** The last step waits on the phone (no network): said above the blank form. */
  const [kept, setKept] = useState(false);
  const add = useAddStep(situation.id);
  const sensitive = useSensitiveCheck();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const input = form.validate(stepCreateSchema, { ...v, dureeMinutes: Number(v.dureeMinutes) });
    if (!input) return;
    if (!(await sensitive.allows(input.note))) return;
    add.mutate(input, {
      onError: form.handleError,
      onSuccess: (view) => {
        setKept(view === null);
        if (view) onDone?.();
        else form.reset(blank());
      },
    });
  };
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-label="Nouvelle étape">
      <Stack gap="sm">
        {kept ? (
          <Alert color="orange" variant="light" role="status" title="Étape gardée sur le téléphone">
            {KEPT_MESSAGE}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label="Étape"
            required
            data={STEP_OPTIONS}
            {...form.selectProps('kind')}
            allowDeselect={false}
          />
          <TextInput label="Date" type="date" required {...form.textProps('date')} />
          <NumberInput
            label="Durée (minutes)"
            min={0}
            max={720}
            step={15}
            value={form.values.dureeMinutes}
            onChange={(d) => form.setValue('dureeMinutes', d)}
            error={form.errors.dureeMinutes}
          />
        </SimpleGrid>
        <Checkbox.Group
          label="Médiateurs présents"
          value={form.values.mediateurIds}
          onChange={(ids) => form.setValue('mediateurIds', ids)}
          error={form.errors.mediateurIds}
        >
          <Group gap="md" mt={4}>
            {team.map((m) => (
              <Checkbox key={m.mediateurId} value={m.mediateurId} label={m.nom} />
            ))}
          </Group>
        </Checkbox.Group>
        <Textarea
          label="Note courte et factuelle"
          autosize
          minRows={2}
          maxLength={1000}
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
