import type { MediateurView } from '@domain/main-courante/activite.views';
import {
  type CreneauEcrit,
  type CreneauView,
  creneauCreateSchema,
  creneauUpdateSchema,
} from '@domain/planning/planning.schema';
import { CRENEAU_TYPE_LIST, type CreneauType } from '@domain/planning/planning.taxonomies';
import type { TerritoireView } from '@domain/territoires/territoire.schema';
import { parisDate, parisTime, plageParis } from '@domain/time/paris';
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { useForm } from '../../../lib/form';
import { useCreateCreneau } from '../api/create-creneau';
import { useUpdateCreneau } from '../api/update-creneau';
import { Avertissements } from './avertissements';
import { isoJour, JOURS_COURTS } from './planning-format';

function initial(c: CreneauView | null, jour: string, territoires: TerritoireView[]) {
  return {
    type: (c?.type ?? 'tournee') as CreneauType,
    jour: c ? parisDate(new Date(c.debut)) : jour,
    debut: c ? parisTime(new Date(c.debut)) : '19:00',
    fin: c ? parisTime(new Date(c.fin)) : '22:00',
    mediateurIds: c?.mediateurs.map((m) => m.id) ?? [],
    territoireId: c ? (c.territoireId ?? '') : (territoires[0]?.id ?? ''),
    secteurId: c?.secteurId ?? '',
    note: c?.note ?? '',
    travailIsoleConfirme: c?.travailIsoleConfirme ?? false,
    jours: [] as string[],
    jusquau: '',
  };
}

/**
 * Plans a shift (with its repetition) or changes one. The written shift comes back with the
 * warnings (short rest, contract hours): they stay on screen until the coordinator closes.
 */
export function CreneauForm({
  creneau,
  jour,
  mediateurs,
  territoires,
  onDone,
}: {
  creneau: CreneauView | null;
  jour: string;
  mediateurs: MediateurView[];
  territoires: TerritoireView[];
  onDone: () => void;
}) {
  const form = useForm(initial(creneau, jour, territoires));
  const create = useCreateCreneau();
  const update = useUpdateCreneau(creneau?.id ?? '');
  const [ecrit, setEcrit] = useState<CreneauEcrit | null>(null);
  const v = form.values;
  const territoire = territoires.find((t) => t.id === v.territoireId);
  const seul = v.type === 'tournee' && v.mediateurIds.length < 2;

  if (ecrit) {
    return (
      <Stack>
        <Avertissements ecrit={ecrit} />
        <Group justify="flex-end">
          <Button onClick={onDone}>Terminé</Button>
        </Group>
      </Stack>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const common = {
      type: v.type,
      ...plageParis(v.jour, v.debut, v.fin),
      mediateurIds: v.mediateurIds,
      territoireId: v.territoireId || null,
      secteurId: territoire?.secteurs.some((s) => s.id === v.secteurId) ? v.secteurId : null,
      note: v.note.trim() || null,
      travailIsoleConfirme: seul && v.travailIsoleConfirme,
    };
    if (!creneau) {
      const repetition =
        v.jours.length || v.jusquau ? { jours: v.jours.map(Number), jusquau: v.jusquau } : null;
      const input = form.validate(creneauCreateSchema, { id: crypto.randomUUID(), ...common, repetition });
      if (input) create.mutate(input, { onSuccess: setEcrit, onError: form.handleError });
    } else {
      const input = form.validate(creneauUpdateSchema, common);
      if (input) update.mutate(input, { onSuccess: setEcrit, onError: form.handleError });
    }
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label="Type"
            value={v.type}
            onChange={(e) => form.setValue('type', e.currentTarget.value as CreneauType)}
            data={CRENEAU_TYPE_LIST.options}
          />
          <TextInput
            label="Jour"
            type="date"
            required
            {...form.textProps('jour')}
            error={form.errors.debut}
          />
          <TextInput label="Début (heure de Paris)" type="time" required {...form.textProps('debut')} />
          <TextInput
            label="Fin (heure de Paris)"
            description="Avant le début : le lendemain."
            type="time"
            required
            {...form.textProps('fin')}
          />
        </SimpleGrid>
        <Checkbox.Group
          label="Médiateur·rices"
          value={v.mediateurIds}
          onChange={(ids) => form.setValue('mediateurIds', ids)}
          error={form.errors.mediateurIds}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={4} mt={6}>
            {mediateurs.map((m) => (
              <Checkbox key={m.id} value={m.id} label={`${m.prenom} ${m.nom}`} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        {seul && v.mediateurIds.length === 1 ? (
          <Checkbox
            label="Je confirme le travail isolé (une seule personne sur cette tournée)"
            checked={v.travailIsoleConfirme}
            onChange={(e) => form.setValue('travailIsoleConfirme', e.currentTarget.checked)}
          />
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label="Quartier (QPV)"
            value={v.territoireId}
            onChange={(e) => {
              form.setValue('territoireId', e.currentTarget.value);
              form.setValue('secteurId', '');
            }}
            data={[
              { value: '', label: 'Aucun quartier' },
              ...territoires.map((t) => ({ value: t.id, label: t.nom })),
            ]}
            error={form.errors.territoireId}
          />
          {territoire?.secteurs.length ? (
            <NativeSelect
              label="Secteur"
              value={v.secteurId}
              onChange={(e) => form.setValue('secteurId', e.currentTarget.value)}
              data={[
                { value: '', label: 'Tout le quartier' },
                ...territoire.secteurs.map((s) => ({ value: s.id, label: s.nom })),
              ]}
            />
          ) : null}
        </SimpleGrid>
        <Textarea label="Note" autosize minRows={2} {...form.textProps('note')} />
        {creneau ? null : (
          <Stack gap={4}>
            <Checkbox.Group
              label="Répéter chaque"
              description="Facultatif : les jours de la semaine où le créneau revient."
              value={v.jours}
              onChange={(j) => form.setValue('jours', j)}
              error={form.errors['repetition.jours'] ?? form.errors.repetition}
            >
              <Group gap="xs" mt={6}>
                {JOURS_COURTS.map((label, i) => (
                  <Checkbox key={label} value={String(i + 1)} label={label} />
                ))}
              </Group>
            </Checkbox.Group>
            <TextInput
              label="Jusqu’au"
              type="date"
              {...form.textProps('jusquau')}
              error={form.errors['repetition.jusquau']}
              onFocus={() => {
                if (!v.jours.length) form.setValue('jours', [String(isoJour(v.jour))]);
              }}
            />
          </Stack>
        )}
        <FormAlert message={form.formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Annuler
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {creneau ? 'Enregistrer' : 'Planifier'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
