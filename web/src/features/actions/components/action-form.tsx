import { type ActionView, actionCreateSchema, actionUpdateSchema } from '@domain/actions/action.schema';
import { ACTION_TYPE_LIST } from '@domain/actions/action.taxonomies';
import { parisDate, parisTime, plageParis } from '@domain/time/paris';
import {
  Checkbox,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useEffect } from 'react';
import { FormFooter } from '../../../components/ui/form-alert';
import { todayParis } from '../../../lib/dates';
import { orNull, useForm } from '../../../lib/form';
import { clearDraft, readDraft, writeDraft } from '../../../lib/form-draft';
import type { Option } from '../../../lib/reference-options';
import { useCreateAction } from '../api/create-action';
import { useUpdateAction } from '../api/update-action';

export type QpvOption = Option & { lieux: Option[] };

function initial(
  a: ActionView | null,
  userId: string,
  qpvOptions: QpvOption[],
  mediator: boolean,
  projetId: string | null,
) {
  return {
    id: a?.id ?? crypto.randomUUID(),
    type: (a?.type ?? null) as string | null,
    titre: a?.titre ?? '',
    jour: a ? parisDate(new Date(a.debut)) : todayParis(),
    heureDebut: a ? parisTime(new Date(a.debut)) : '14:00',
    heureFin: a ? parisTime(new Date(a.fin)) : '16:00',
    territoireId: a?.territoireId ?? qpvOptions[0]?.value ?? null,
    lieuId: a?.lieuId ?? null,
    mediateurIds: a?.mediateurs.map((m) => m.id) ?? (mediator ? [userId] : []),
    partenaireIds: a?.partenaires.map((p) => p.id) ?? [],
    public: a?.public ?? false,
    objectif: a?.objectif ?? '',
    heuresPreparation: (a?.heuresPreparation ?? 0) as number | string,
    publicCible: a?.publicCible ?? '',
    participantsAttendus: (a?.participantsAttendus ?? '') as number | string,
    projetId: a ? a.projetId : projetId,
  };
}
type Valeurs = ReturnType<typeof initial>;

const isValeurs = (v: unknown): v is Valeurs =>
  typeof v === 'object' && v !== null && typeof (v as Valeurs).id === 'string' && 'titre' in v;

/**
 * Creates or changes a collective action: every field of the API. What is typed is kept in this
 * browser at each change (a dropped network loses nothing), the id is made here so a retry never
 * creates a second action, and the server's French errors land on their field.
 */
export function ActionForm({
  action,
  userId,
  mediator,
  qpvOptions,
  mediateurOptions,
  partenaireOptions,
  projetId = null,
  onDone,
  onCancel,
}: {
  action: ActionView | null;
  userId: string;
  /** A mediator writes only the actions they run: they start in the crew. */
  mediator: boolean;
  qpvOptions: QpvOption[];
  mediateurOptions: Option[];
  partenaireOptions: Option[];
  /** A new action serving this residents' project (`?projet=`). */
  projetId?: string | null;
  onDone: (a: ActionView) => void;
  onCancel: () => void;
}) {
  const draftKey = `trame.action.brouillon:${userId}:${action?.id ?? projetId ?? 'nouvelle'}`;
  const form = useForm<Valeurs>(
    readDraft(draftKey, isValeurs) ?? initial(action, userId, qpvOptions, mediator, projetId),
  );
  const create = useCreateAction();
  const update = useUpdateAction(action?.id ?? '');
  const v = form.values;
  useEffect(() => {
    writeDraft(draftKey, v);
  }, [draftKey, v]);
  const lieux = qpvOptions.find((q) => q.value === v.territoireId)?.lieux ?? [];
  const nombre = (x: number | string) => (x === '' ? null : Number(x));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const common = {
      type: v.type ?? undefined,
      titre: v.titre,
      ...plageParis(v.jour, v.heureDebut, v.heureFin),
      territoireId: v.territoireId ?? undefined,
      lieuId: lieux.some((l) => l.value === v.lieuId) ? v.lieuId : null,
      mediateurIds: v.mediateurIds,
      partenaireIds: v.partenaireIds,
      public: v.public,
      objectif: orNull(v.objectif),
      heuresPreparation: nombre(v.heuresPreparation) ?? 0,
      publicCible: orNull(v.publicCible),
      participantsAttendus: nombre(v.participantsAttendus),
      projetId: v.projetId ?? null,
    };
    const done = (a: ActionView | null) => {
      if (!a) return;
      clearDraft(draftKey);
      onDone(a);
    };
    if (!action) {
      const input = form.validate(actionCreateSchema, { id: v.id, ...common });
      if (input) create.mutate(input, { onSuccess: done, onError: form.handleError });
    } else {
      const input = form.validate(actionUpdateSchema, common);
      if (input) update.mutate(input, { onSuccess: done, onError: form.handleError });
    }
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-label="Action collective">
      <Stack gap="sm">
        <Select
          label="Type d’action"
          required
          data={ACTION_TYPE_LIST.options}
          {...form.selectProps('type')}
        />
        <TextInput label="Titre" required maxLength={150} {...form.textProps('titre')} />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput label="Jour" type="date" required {...form.textProps('jour')} />
          <TextInput
            label="Début (heure de Paris)"
            type="time"
            required
            {...form.textProps('heureDebut')}
            error={form.errors.heureDebut ?? form.errors.debut}
          />
          <TextInput
            label="Fin (heure de Paris)"
            description="Avant le début : le lendemain."
            type="time"
            required
            {...form.textProps('heureFin')}
            error={form.errors.heureFin ?? form.errors.fin}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label="Quartier (QPV)"
            required
            data={qpvOptions}
            {...form.selectProps('territoireId')}
            onChange={(id) => form.setValues((cur) => ({ ...cur, territoireId: id, lieuId: null }))}
          />
          <Select
            label="Lieu"
            placeholder="Aucun lieu précis"
            data={lieux}
            clearable
            disabled={lieux.length === 0}
            {...form.selectProps('lieuId')}
          />
        </SimpleGrid>
        <Checkbox.Group
          label="Médiateur·rices qui animent"
          value={v.mediateurIds}
          onChange={(ids) => form.setValue('mediateurIds', ids)}
          error={form.errors.mediateurIds}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={4} mt={6}>
            {mediateurOptions.map((m) => (
              <Checkbox key={m.value} value={m.value} label={m.label} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <MultiSelect
          label="Partenaires qui co-organisent"
          placeholder="Aucun"
          data={partenaireOptions}
          searchable
          value={v.partenaireIds}
          onChange={(ids) => form.setValue('partenaireIds', ids)}
          error={form.errors.partenaireIds}
        />
        <Textarea label="Objectif" autosize minRows={2} maxLength={1000} {...form.textProps('objectif')} />
        <TextInput
          label="Public visé"
          placeholder="ex. parents d’élèves, jeunes du quartier"
          maxLength={300}
          {...form.textProps('publicCible')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NumberInput
            label="Participant·es attendu·es"
            min={0}
            allowDecimal={false}
            value={v.participantsAttendus}
            onChange={(n) => form.setValue('participantsAttendus', n)}
            error={form.errors.participantsAttendus}
          />
          <NumberInput
            label="Heures de préparation"
            description="Temps des médiateur·rices avant l’action, par quart d’heure."
            min={0}
            step={0.25}
            decimalScale={2}
            decimalSeparator=","
            value={v.heuresPreparation}
            onChange={(n) => form.setValue('heuresPreparation', n)}
            error={form.errors.heuresPreparation}
          />
        </SimpleGrid>
        <Switch
          label="Annoncer sur l’agenda public"
          description="Titre, date, lieu et partenaires seulement : aucune donnée personnelle."
          checked={v.public}
          onChange={(e) => form.setValue('public', e.currentTarget.checked)}
        />
        <Text size="xs" c="dimmed">
          Ce que vous tapez est gardé sur cet appareil jusqu’à l’enregistrement.
        </Text>
        <FormFooter
          message={form.formError}
          onCancel={() => {
            clearDraft(draftKey);
            onCancel();
          }}
          submitLabel={action ? 'Enregistrer' : 'Créer l’action'}
          loading={create.isPending || update.isPending}
        />
      </Stack>
    </form>
  );
}
