import { type ConventionView, conventionCreateSchema } from '@domain/conventions/convention.schema';
import { Fieldset, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormFooter } from '../../../components/ui/form-alert';
import { orNull, useForm } from '../../../lib/form';
import type { Option, OptionGroup } from '../../../lib/reference-options';
import { useSaveConvention } from '../api/save-convention';
import { type ObjectifDraft, ObjectifsFields } from './objectifs-fields';

function initialValues(c: ConventionView | null) {
  return {
    partenaireId: c?.partenaire.id ?? null,
    nom: c?.nom ?? '',
    reference: c?.reference ?? '',
    du: c?.du ?? '',
    au: c?.au ?? '',
    commentaire: c?.commentaire ?? '',
    territoireIds: c?.territoires.map((t) => t.id) ?? [],
    lieuIds: c?.lieux.map((l) => l.id) ?? [],
    objectifs: (c?.objectifs ?? []).map(
      (o): ObjectifDraft => ({ key: o.indicateur, indicateur: o.indicateur, cible: o.cible }),
    ),
  };
}

/** Creates or edits a convention: funder, period, perimeter (QPV and places) and objectives. */
export function ConventionForm({
  convention,
  financeurs,
  territoires,
  lieux,
  onDone,
  onCancel,
}: {
  convention: ConventionView | null;
  financeurs: Option[];
  territoires: Option[];
  lieux: OptionGroup[];
  onDone: (saved: ConventionView) => void;
  onCancel: () => void;
}) {
  const form = useForm(initialValues(convention));
  const save = useSaveConvention(convention?.id ?? null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const input = form.validate(conventionCreateSchema, {
      partenaireId: v.partenaireId ?? '',
      nom: v.nom,
      reference: orNull(v.reference),
      du: v.du,
      au: v.au,
      commentaire: orNull(v.commentaire),
      territoireIds: v.territoireIds,
      lieuIds: v.lieuIds,
      objectifs: v.objectifs.map((o) => ({
        indicateur: o.indicateur ?? undefined,
        cible: o.cible === '' ? undefined : Number(o.cible),
      })),
    });
    if (!input) return;
    save.mutate(input, { onSuccess: onDone, onError: form.handleError });
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Nom de la convention" required {...form.textProps('nom')} />
          <Select
            label="Financeur"
            required
            placeholder="Choisir parmi les partenaires"
            data={financeurs}
            {...form.selectProps('partenaireId')}
            searchable
            nothingFoundMessage="Aucun partenaire ne correspond"
          />
          <TextInput label="Date de début" type="date" required {...form.textProps('du')} />
          <TextInput
            label="Date de fin"
            type="date"
            required
            min={form.values.du}
            {...form.textProps('au')}
          />
          <TextInput
            label="Référence du financeur"
            description="N° de convention"
            {...form.textProps('reference')}
          />
        </SimpleGrid>
        <Fieldset legend="Périmètre" variant="unstyled">
          <Stack gap="sm">
            <MultiSelect
              label="QPV"
              description="Sans QPV ni lieu, la convention couvre toute la structure."
              placeholder={form.values.territoireIds.length ? undefined : 'Choisir un ou plusieurs QPV'}
              data={territoires}
              value={form.values.territoireIds}
              onChange={(ids) => form.setValue('territoireIds', ids)}
              error={form.errors.territoireIds}
              searchable
              nothingFoundMessage="Aucun QPV ne correspond"
            />
            <MultiSelect
              label="Lieux et lignes de transport"
              description="Un lieu compte même si son QPV n’est pas choisi ci-dessus."
              placeholder={form.values.lieuIds.length ? undefined : 'Choisir des lieux'}
              data={lieux}
              value={form.values.lieuIds}
              onChange={(ids) => form.setValue('lieuIds', ids)}
              error={form.errors.lieuIds}
              searchable
              nothingFoundMessage="Aucun lieu ne correspond"
            />
          </Stack>
        </Fieldset>
        <Fieldset legend="Objectifs" variant="unstyled">
          <ObjectifsFields
            objectifs={form.values.objectifs}
            errors={form.errors}
            onChange={(objectifs) => form.setValue('objectifs', objectifs)}
          />
        </Fieldset>
        <Textarea label="Commentaire" autosize minRows={2} {...form.textProps('commentaire')} />
        <FormFooter
          message={form.formError}
          onCancel={onCancel}
          submitLabel={convention ? 'Enregistrer' : 'Créer la convention'}
          loading={save.isPending}
        />
      </Stack>
    </form>
  );
}
