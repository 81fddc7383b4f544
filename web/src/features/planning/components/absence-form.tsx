import { optionsOf } from '@domain/code-list';
import { type AbsenceView, absenceCreateSchema } from '@domain/planning/planning.schema';
import { ABSENCE_TYPE_LIST, ABSENCE_TYPES, type AbsenceType } from '@domain/planning/planning.taxonomies';
import { addDays, parisInstant, toParisIso } from '@domain/time/paris';
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { useForm } from '../../../lib/form';
import { useCreateAbsence } from '../api/create-absence';

/**
 * Records an absence over whole Paris days. A mediator records only their own and never a sick
 * leave (coordination enters it); the answer says how many shifts it leaves to cover.
 */
export function AbsenceForm({
  jour,
  personnes,
  moi,
  onDone,
}: {
  jour: string;
  /** The people coordination may choose from; empty for a mediator's own absence. */
  personnes: Array<{ id: string; nom: string }>;
  /** The mediator recording their own absence, or null (coordination). */
  moi: string | null;
  onDone: () => void;
}) {
  const types = ABSENCE_TYPES.filter((t) => moi === null || t !== 'maladie');
  const form = useForm({
    mediateurId: moi ?? personnes[0]?.id ?? '',
    type: types[0] as AbsenceType,
    du: jour,
    au: jour,
    note: '',
  });
  const create = useCreateAbsence();
  const [faite, setFaite] = useState<AbsenceView | null>(null);
  const v = form.values;

  if (faite) {
    const n = faite.creneauxTouches.length;
    return (
      <Stack>
        <Alert color="green" variant="light" title="Absence enregistrée" role="status">
          <Text size="sm">
            {n === 0
              ? 'Aucun créneau planifié n’est touché.'
              : `${n} créneau${n > 1 ? 'x' : ''} à couvrir : ${n > 1 ? 'ils sont signalés' : 'il est signalé'} « À couvrir » dans le planning.`}
          </Text>
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onDone}>Terminé</Button>
        </Group>
      </Stack>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!v.du || !v.au || v.au < v.du) {
      form.reject({ au: 'Le dernier jour doit suivre le premier.' }, 'Vérifiez les dates de l’absence.');
      return;
    }
    const input = form.validate(absenceCreateSchema, {
      id: crypto.randomUUID(),
      mediateurId: v.mediateurId,
      type: v.type,
      debut: toParisIso(parisInstant(v.du)),
      fin: toParisIso(parisInstant(addDays(v.au, 1))),
      note: v.note.trim() || null,
    });
    if (input) create.mutate(input, { onSuccess: setFaite, onError: form.handleError });
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        {moi === null ? (
          <NativeSelect
            label="Personne"
            value={v.mediateurId}
            onChange={(e) => form.setValue('mediateurId', e.currentTarget.value)}
            data={personnes.map((p) => ({ value: p.id, label: p.nom }))}
            error={form.errors.mediateurId}
          />
        ) : null}
        <NativeSelect
          label="Motif"
          description={moi ? 'Un arrêt maladie est saisi par la coordination.' : undefined}
          value={v.type}
          onChange={(e) => form.setValue('type', e.currentTarget.value as AbsenceType)}
          data={optionsOf(ABSENCE_TYPE_LIST, types)}
          error={form.errors.type}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Du" type="date" required {...form.textProps('du')} />
          <TextInput label="Au (inclus)" type="date" required {...form.textProps('au')} />
        </SimpleGrid>
        <Textarea label="Note" autosize minRows={2} {...form.textProps('note')} />
        <FormAlert message={form.formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Annuler
          </Button>
          <Button type="submit" loading={create.isPending}>
            Enregistrer l’absence
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
