import {
  PARTNER_KIND_LIST,
  type PartenaireView,
  partenaireCreateSchema,
} from '@domain/partenaires/partenaire.schema';
import { Fieldset, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormFooter } from '../../../components/ui/form-alert';
import { orNull, useForm } from '../../../lib/form';
import type { Option } from '../../../lib/reference-options';
import { useSavePartenaire } from '../api/save-partenaire';
import { type ContactDraft, ContactsFields } from './contacts-fields';

export const PARTNER_KIND_OPTIONS = PARTNER_KIND_LIST.options;

/** Empty optional text becomes null, as the schema expects. */

function initialValues(p: PartenaireView | null) {
  return {
    nom: p?.nom ?? '',
    kind: (p?.kind ?? null) as string | null,
    email: p?.email ?? '',
    telephone: p?.telephone ?? '',
    adresse: p?.adresse ?? '',
    territoireIds: p?.territoireIds ?? [],
    contacts: (p?.contacts ?? []).map(
      (c): ContactDraft => ({
        key: c.id,
        nom: c.nom,
        fonction: c.fonction ?? '',
        email: c.email ?? '',
        telephone: c.telephone ?? '',
      }),
    ),
  };
}

/** Creates or edits a partner of the directory, with its territories and contacts. */
export function PartenaireForm({
  partenaire,
  territoireOptions,
  onDone,
  onCancel,
}: {
  partenaire: PartenaireView | null;
  territoireOptions: Option[];
  onDone: (saved: PartenaireView) => void;
  onCancel: () => void;
}) {
  const form = useForm(initialValues(partenaire));
  const save = useSavePartenaire(partenaire?.id ?? null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const input = form.validate(partenaireCreateSchema, {
      nom: v.nom,
      kind: v.kind,
      email: orNull(v.email),
      telephone: orNull(v.telephone),
      adresse: orNull(v.adresse),
      territoireIds: v.territoireIds,
      contacts: v.contacts.map((c) => ({
        nom: c.nom,
        fonction: orNull(c.fonction),
        email: orNull(c.email),
        telephone: orNull(c.telephone),
      })),
    });
    if (!input) return;
    save.mutate(input, { onSuccess: onDone, onError: form.handleError });
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Nom" required autoComplete="organization" {...form.textProps('nom')} />
          <Select
            label="Type de partenaire"
            required
            data={PARTNER_KIND_OPTIONS}
            {...form.selectProps('kind')}
            allowDeselect={false}
          />
          <TextInput label="E-mail" type="email" inputMode="email" {...form.textProps('email')} />
          <TextInput label="Téléphone" type="tel" {...form.textProps('telephone')} />
        </SimpleGrid>
        <Textarea label="Adresse" autosize minRows={2} {...form.textProps('adresse')} />
        <MultiSelect
          label="Territoires desservis"
          placeholder={form.values.territoireIds.length ? undefined : 'Choisir un ou plusieurs QPV'}
          data={territoireOptions}
          value={form.values.territoireIds}
          onChange={(ids) => form.setValue('territoireIds', ids)}
          error={form.errors.territoireIds}
          searchable
          nothingFoundMessage="Aucun territoire ne correspond"
        />
        <Fieldset legend="Contacts" variant="unstyled">
          <ContactsFields
            contacts={form.values.contacts}
            errors={form.errors}
            onChange={(contacts) => form.setValue('contacts', contacts)}
          />
        </Fieldset>
        <FormFooter
          message={form.formError}
          onCancel={onCancel}
          submitLabel={partenaire ? 'Enregistrer' : 'Créer le partenaire'}
          loading={save.isPending}
        />
      </Stack>
    </form>
  );
}
