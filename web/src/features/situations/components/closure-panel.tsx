import { INTRAFAMILIAL_OUTCOMES } from '@domain/situations/situation.rules';
import { closureSchema, reopenSchema, type SituationView } from '@domain/situations/situation.schema';
import { OUTCOME_LABELS } from '@domain/situations/situation.taxonomies';
import { Button, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { SensitiveTextWarning, useSensitiveCheck } from '../../../components/ui/sensitive-text';
import { todayParis } from '../../../lib/dates';
import { useForm } from '../../../lib/form';
import { useCloseSituation } from '../api/close-situation';
import { useReopenSituation } from '../api/reopen-situation';
import { OUTCOME_OPTIONS } from './options';

function CloseForm({ situation, onDone }: { situation: SituationView; onDone?: () => void }) {
  const form = useForm({ issue: null as string | null, date: todayParis(), note: '' });
  const close = useCloseSituation(situation.id);
  const options =
    situation.kind === 'intrafamilial'
      ? OUTCOME_OPTIONS.filter((o) => INTRAFAMILIAL_OUTCOMES.includes(o.value))
      : OUTCOME_OPTIONS;
  const sensitive = useSensitiveCheck();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(closureSchema, form.values);
    if (!input || !(await sensitive.allows(input.note))) return;
    close.mutate(input, { onError: form.handleError, onSuccess: () => onDone?.() });
  };
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-label="Clôture">
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Select
            label="Issue"
            required
            data={options}
            {...form.selectProps('issue')}
            allowDeselect={false}
          />
          <TextInput label="Date de clôture" type="date" required {...form.textProps('date')} />
        </SimpleGrid>
        <Textarea label="Note de clôture" autosize minRows={2} maxLength={1000} {...form.textProps('note')} />
        <SensitiveTextWarning check={sensitive} onKeep={() => form.formRef.current?.requestSubmit()} />
        <FormAlert message={form.formError} />
        <Group justify="flex-end">
          <Button type="submit" color="dark" loading={close.isPending}>
            Clôturer la situation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ReopenForm({ situation }: { situation: SituationView }) {
  const form = useForm({ motif: '' });
  const reopen = useReopenSituation(situation.id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(reopenSchema, form.values);
    if (!input) return;
    reopen.mutate(input, { onError: form.handleError });
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Réouverture">
      <Stack gap="xs">
        <TextInput label="Motif de la réouverture" required {...form.textProps('motif')} />
        <FormAlert message={form.formError} />
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={reopen.isPending}>
            Rouvrir la situation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Closure with an outcome (never without), or reopening of a closed situation. */
export function ClosurePanel({
  situation,
  editable,
  onDone,
}: {
  situation: SituationView;
  editable: boolean;
  onDone?: () => void;
}) {
  const closed = situation.statut === 'cloturee';
  return (
    <Stack gap="sm">
      {closed && situation.issue ? (
        <Text>
          Issue : <strong>{OUTCOME_LABELS[situation.issue]}</strong>
        </Text>
      ) : null}
      {editable ? (
        closed ? (
          <ReopenForm situation={situation} />
        ) : (
          <CloseForm situation={situation} onDone={onDone} />
        )
      ) : null}
    </Stack>
  );
}
