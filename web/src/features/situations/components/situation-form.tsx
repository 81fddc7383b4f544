import { type SituationView, situationCreateSchema } from '@domain/situations/situation.schema';
import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormFooter } from '../../../components/ui/form-alert';
import { SensitiveTextWarning, useSensitiveCheck } from '../../../components/ui/sensitive-text';
import { todayParis } from '../../../lib/dates';
import { useForm } from '../../../lib/form';
import type { Option } from '../../../lib/reference-options';
import { useCreateSituation } from '../api/create-situation';
import { KIND_OPTIONS, type QpvOption, SAISINE_OPTIONS } from './options';

/** Opens a situation; a mediator is assigned to it, the coordinator chooses the team. */
export function SituationForm({
  qpvOptions,
  mediatorOptions,
  partnerOptions,
  origine,
  prefill,
  onDone,
  onCancel,
}: {
  qpvOptions: QpvOption[];
  /** Shown to coordination only, who must choose the mediators. */
  mediatorOptions: Option[] | null;
  /** Partners of the structure, to name the one that referred the situation. */
  partnerOptions: Option[];
  origine?: { kind: 'contact' | 'observation'; id: string } | null;
  /** What the main-courante entry already says (an observation's QPV, place and note). */
  prefill?: { territoireId: string; lieuId: string | null; description: string } | null;
  onDone: (s: SituationView) => void;
  onCancel: () => void;
}) {
  const form = useForm({
    id: crypto.randomUUID(),
    kind: null as string | null,
    saisinePar: null as string | null,
    territoireId: (prefill?.territoireId ?? null) as string | null,
    lieuId: (prefill?.lieuId ?? null) as string | null,
    description: prefill?.description ?? '',
    dateSaisine: todayParis(),
    mediateurId: null as string | null,
    partenaireSaisissantId: null as string | null,
  });
  const byPartner = !['habitant', 'auto_saisine', null].includes(form.values.saisinePar);
  const create = useCreateSituation();
  // A mediator of a single QPV does not have to choose it (the list may load after the form).
  const territoireId = form.values.territoireId ?? (qpvOptions.length === 1 ? qpvOptions[0]!.value : null);
  const lieux = qpvOptions.find((q) => q.value === territoireId)?.lieux ?? [];

  const sensitive = useSensitiveCheck();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const input = form.validate(situationCreateSchema, {
      id: v.id,
      kind: v.kind,
      saisinePar: v.saisinePar,
      territoireId: territoireId ?? undefined,
      lieuId: v.lieuId,
      description: v.description,
      dateSaisine: v.dateSaisine,
      origine: origine ?? null,
      partenaireSaisissantId: byPartner ? v.partenaireSaisissantId : null,
      ...(mediatorOptions ? { mediateurIds: v.mediateurId ? [v.mediateurId] : [] } : {}),
    });
    if (!input || !(await sensitive.allows(input.description))) return;
    create.mutate(input, { onSuccess: onDone, onError: form.handleError });
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label="Type de situation"
            required
            data={KIND_OPTIONS}
            {...form.selectProps('kind')}
            allowDeselect={false}
          />
          <Select
            label="Saisine par"
            required
            data={SAISINE_OPTIONS}
            {...form.selectProps('saisinePar')}
            allowDeselect={false}
          />
          <Select
            label="QPV"
            required
            data={qpvOptions}
            value={territoireId}
            onChange={(t) => form.setValues((v) => ({ ...v, territoireId: t, lieuId: null }))}
            error={form.errors.territoireId}
            allowDeselect={false}
          />
          <Select
            label="Lieu"
            placeholder={lieux.length ? 'Choisir un lieu' : 'Aucun lieu pour ce QPV'}
            data={lieux}
            {...form.selectProps('lieuId')}
            clearable
            searchable
          />
          {byPartner ? (
            <Select
              label="Partenaire à l’origine"
              description="Il verra le statut, et l’issue si les parties l’acceptent."
              data={partnerOptions}
              {...form.selectProps('partenaireSaisissantId')}
              clearable
              searchable
            />
          ) : null}
          <TextInput label="Date de saisine" type="date" required {...form.textProps('dateSaisine')} />
          {mediatorOptions ? (
            <Select
              label="Médiateur chargé"
              required
              data={mediatorOptions}
              value={form.values.mediateurId}
              onChange={(m) => form.setValue('mediateurId', m)}
              error={form.errors.mediateurIds}
              searchable
            />
          ) : null}
        </SimpleGrid>
        <Textarea
          label="Description courte et factuelle"
          description="Sans nom ni donnée sensible : les parties sont ajoutées sous pseudonyme."
          required
          autosize
          minRows={3}
          maxLength={1000}
          {...form.textProps('description')}
        />
        <SensitiveTextWarning check={sensitive} onKeep={() => form.formRef.current?.requestSubmit()} />
        <FormFooter
          message={form.formError}
          onCancel={onCancel}
          submitLabel="Ouvrir la situation"
          loading={create.isPending}
        />
      </Stack>
    </form>
  );
}
