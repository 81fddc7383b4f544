import { consigneCreateSchema } from '@domain/planning/planning.schema';
import { addDays, jourFr } from '@domain/time/paris';
import { Select, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormFooter } from '../../../components/ui/form-alert';
import { SensitiveTextWarning, useSensitiveCheck } from '../../../components/ui/sensitive-text';
import { todayParis } from '../../../lib/dates';
import { useForm } from '../../../lib/form';
import { useCreateConsigne } from '../api/create-consigne';
import { usePlanning } from '../api/get-planning';
import { heures, jourDe, typeLabel } from './planning-format';

/**
 * A handover note: a short factual text for the team of a QPV (or everyone), or for the crew of
 * one of the next shifts, shown until a day (tomorrow unless changed).
 */
export function ConsigneForm({
  territoires,
  onDone,
}: {
  territoires: ReadonlyArray<{ id: string; nom: string }>;
  onDone: () => void;
}) {
  const today = todayParis();
  const form = useForm({
    id: crypto.randomUUID(),
    texte: '',
    territoireId: (territoires.length === 1 ? territoires[0]!.id : null) as string | null,
    creneauId: null as string | null,
    jusquau: addDays(today, 1),
  });
  // The shifts a note can be left for: today's and the next two days', still planned.
  const prochains = usePlanning({ du: today, au: addDays(today, 2) });
  const creneaux = (prochains.data?.creneaux ?? []).filter(
    (c) => c.statut === 'prevu' && Date.parse(c.fin) > Date.now(),
  );
  const create = useCreateConsigne();
  const sensitive = useSensitiveCheck();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(consigneCreateSchema, form.values);
    if (!input) return;
    if (!(await sensitive.allows(input.texte))) return;
    create.mutate(input, { onError: form.handleError, onSuccess: onDone });
  };
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-label="Nouvelle consigne">
      <Stack gap="sm">
        <Textarea
          label="Consigne"
          description="Courte et factuelle, sans nom d’habitant·e : « tension hall B, passer en binôme »."
          required
          autosize
          minRows={2}
          maxLength={300}
          {...form.textProps('texte')}
        />
        <Select
          label="Pour l’équipe du QPV"
          data={territoires.map((t) => ({ value: t.id, label: t.nom }))}
          placeholder="Toute l’équipe"
          clearable
          {...form.selectProps('territoireId')}
        />
        <Select
          label="Ou pour l’équipe d’un créneau"
          description="Laissez vide pour l’équipe du QPV."
          data={creneaux.map((c) => ({
            value: c.id,
            label: `${jourFr(jourDe(c))} · ${typeLabel(c)} ${heures(c)} · ${c.mediateurs.map((m) => m.nom).join(', ')}`,
          }))}
          placeholder={creneaux.length ? 'Aucun' : 'Aucun créneau prévu d’ici deux jours'}
          clearable
          {...form.selectProps('creneauId')}
        />
        <TextInput
          label="Valable jusqu’au (inclus)"
          type="date"
          required
          min={today}
          {...form.textProps('jusquau')}
        />
        <SensitiveTextWarning check={sensitive} onKeep={() => form.formRef.current?.requestSubmit()} />
        <FormFooter
          message={form.formError}
          onCancel={onDone}
          submitLabel="Publier la consigne"
          loading={create.isPending}
        />
      </Stack>
    </form>
  );
}
