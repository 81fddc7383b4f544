import {
  assignmentSchema,
  type ImpartialityWarning,
  type SituationView,
} from '@domain/situations/situation.schema';
import { LINK_KIND_LABELS } from '@domain/situations/situation.taxonomies';
import { Alert, Button, Group, List, MultiSelect, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { IconAlert } from '../../../components/ui/icons';
import { ApiError } from '../../../lib/api-client';
import { useForm } from '../../../lib/form';
import type { Option } from '../../../lib/reference-options';
import { useAssignMediators } from '../api/assign-mediators';

const warningsOf = (error: unknown): ImpartialityWarning[] => {
  if (!(error instanceof ApiError) || error.status !== 409) return [];
  const d = error.details as { avertissements?: ImpartialityWarning[] } | undefined;
  return d?.avertissements ?? [];
};

/** Coordination assigns one or two mediators; a declared link shows a warning and asks for a justification. */
export function AssignmentForm({
  situation,
  mediatorOptions,
}: {
  situation: SituationView;
  mediatorOptions: Option[];
}) {
  const form = useForm({
    mediateurIds: (situation.mediateurs ?? []).map((m) => m.mediateurId),
    justification: '',
  });
  const [warnings, setWarnings] = useState<ImpartialityWarning[]>([]);
  const assign = useAssignMediators(situation.id);
  const name = (id: string) => mediatorOptions.find((o) => o.value === id)?.label ?? 'Un médiateur';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(assignmentSchema, form.values);
    if (!input) return;
    assign.mutate(input, {
      onSuccess: () => setWarnings([]),
      onError: (error) => {
        setWarnings(warningsOf(error));
        form.handleError(error);
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Attribution">
      <Stack gap="xs">
        <MultiSelect
          label="Médiateurs chargés (un ou deux)"
          data={mediatorOptions}
          value={form.values.mediateurIds}
          onChange={(ids) => form.setValue('mediateurIds', ids)}
          error={form.errors.mediateurIds}
          maxValues={2}
          searchable
        />
        {warnings.length ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlert />}
            title="Lien déclaré : impartialité à justifier"
          >
            <List size="sm">
              {warnings.map((w) => (
                <List.Item key={`${w.mediateurId}-${w.cibleId}`}>
                  {name(w.mediateurId)} — {LINK_KIND_LABELS[w.lien].toLowerCase()} (
                  {w.cible === 'lieu' ? 'le lieu' : 'une partie'})
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        {warnings.length || form.values.justification ? (
          <Textarea
            label="Justification (enregistrée au journal)"
            autosize
            minRows={2}
            {...form.textProps('justification')}
          />
        ) : null}
        <FormAlert message={form.formError} />
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={assign.isPending}>
            Attribuer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
