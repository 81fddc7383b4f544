import { FINANCEUR_NOM_MAX, financementCreateSchema } from '@domain/projets/projet.schema';
import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { todayParis } from '../../../lib/dates';
import { orNull, useForm } from '../../../lib/form';
import type { Option } from '../../../lib/reference-options';
import { useAddFinancement } from '../api/add-financement';

const montant = (v: number | string) => (v === '' ? undefined : Number(v));

/** Records a funding sought from a partner or a named funder; the amount obtained when already known. */
export function FinancementForm({
  projetId,
  partenaires,
  onDone,
}: {
  projetId: string;
  partenaires: Option[];
  onDone: () => void;
}) {
  const blank = () => ({
    id: crypto.randomUUID(),
    partenaireId: null as string | null,
    financeur: '',
    montantSollicite: '' as number | string,
    montantObtenu: '' as number | string,
    date: todayParis(),
  });
  const form = useForm(blank());
  const add = useAddFinancement(projetId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const input = form.validate(financementCreateSchema, {
      ...v,
      financeur: orNull(v.financeur),
      montantSollicite: montant(v.montantSollicite),
      montantObtenu: montant(v.montantObtenu) ?? null,
    });
    if (!input) return;
    add.mutate(input, {
      onError: form.handleError,
      onSuccess: () => {
        form.reset(blank());
        onDone();
      },
    });
  };
  const euros = {
    min: 0,
    decimalScale: 2,
    decimalSeparator: ',',
    thousandSeparator: ' ',
    suffix: ' €',
  } as const;
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-label="Nouveau financement">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label="Financeur partenaire"
            placeholder="Choisir un partenaire"
            data={partenaires}
            {...form.selectProps('partenaireId')}
            searchable
            clearable
            disabled={form.values.financeur.trim() !== ''}
            nothingFoundMessage="Aucun partenaire ne correspond"
          />
          <TextInput
            label="Ou autre financeur"
            description="Une fondation, un appel à projets…"
            maxLength={FINANCEUR_NOM_MAX}
            disabled={form.values.partenaireId !== null}
            {...form.textProps('financeur')}
          />
          <NumberInput
            label="Montant sollicité"
            required
            {...euros}
            value={form.values.montantSollicite}
            onChange={(m) => form.setValue('montantSollicite', m)}
            error={form.errors.montantSollicite}
          />
          <NumberInput
            label="Montant obtenu"
            description="Vide tant que le financeur n’a pas répondu"
            {...euros}
            value={form.values.montantObtenu}
            onChange={(m) => form.setValue('montantObtenu', m)}
            error={form.errors.montantObtenu}
          />
          <TextInput label="Date de la demande" type="date" required {...form.textProps('date')} />
        </SimpleGrid>
        <FormAlert message={form.formError} />
        <Group justify="flex-end">
          <Button type="submit" loading={add.isPending}>
            Enregistrer le financement
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
