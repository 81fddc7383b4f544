import { type PersonneView, personneCreateSchema } from '@domain/accueil/personne.schema';
import { Checkbox, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormFooter } from '../../../components/ui/form-alert';
import { todayParis } from '../../../lib/dates';
import { useForm } from '../../../lib/form';
import type { Option } from '../../../lib/reference-options';
import { useCreatePersonne } from '../api/create-personne';
import {
  GENRE_OPTIONS,
  MODE_CONSENTEMENT_OPTIONS,
  RESIDENT_QPV_OPTIONS,
  TRANCHE_AGE_OPTIONS,
  TYPE_MENAGE_OPTIONS,
} from './options';

/** A pseudonymous file; identity only with the person's consent, recorded in the same step. */
export function PersonneForm({
  qpvOptions,
  onDone,
  onCancel,
}: {
  qpvOptions: Option[];
  onDone: (p: PersonneView) => void;
  onCancel: () => void;
}) {
  const form = useForm({
    pseudonyme: '',
    territoireId: qpvOptions[0]?.value ?? null,
    trancheAge: 'inconnu',
    genre: 'non_precise',
    typeMenage: 'non_precise',
    residentQpv: 'inconnu',
    prenom: '',
    nom: '',
    telephone: '',
    email: '',
    finalite: 'Suivi de la demande et mise en relation avec un partenaire',
    mode: 'oral' as string | null,
    partagePartenaires: false,
  });
  const [withIdentity, setWithIdentity] = useState(false);
  const create = useCreatePersonne();
  const v = form.values;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = form.validate(personneCreateSchema, {
      id: crypto.randomUUID(),
      pseudonyme: v.pseudonyme,
      territoireId: v.territoireId,
      trancheAge: v.trancheAge,
      genre: v.genre,
      typeMenage: v.typeMenage,
      residentQpv: v.residentQpv,
      identite: withIdentity
        ? { prenom: v.prenom, nom: v.nom, telephone: v.telephone, email: v.email || null }
        : null,
      consentement: withIdentity
        ? { date: todayParis(), finalite: v.finalite, mode: v.mode, partagePartenaires: v.partagePartenaires }
        : null,
    });
    if (!input) return;
    create.mutate(input, { onSuccess: onDone, onError: form.handleError });
  };
  const select = (
    key: 'territoireId' | 'trancheAge' | 'genre' | 'typeMenage' | 'residentQpv',
    label: string,
    data: Option[],
  ) => (
    <Select
      label={label}
      data={data}
      value={v[key]}
      onChange={(x) => form.setValue(key, x ?? '')}
      error={form.errors[key]}
      allowDeselect={false}
    />
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label="Pseudonyme ou initiales"
          required
          description="Jamais le nom complet ici."
          {...form.textProps('pseudonyme')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {select('territoireId', 'QPV de suivi', qpvOptions)}
          {select('trancheAge', 'Tranche d’âge', TRANCHE_AGE_OPTIONS)}
          {select('genre', 'Genre', GENRE_OPTIONS)}
          {select('typeMenage', 'Type de ménage', TYPE_MENAGE_OPTIONS)}
          {select('residentQpv', 'Résidence en QPV', RESIDENT_QPV_OPTIONS)}
        </SimpleGrid>
        <Switch
          label="La personne accepte que son identité soit enregistrée (consentement)"
          checked={withIdentity}
          onChange={(e) => setWithIdentity(e.currentTarget.checked)}
        />
        {withIdentity ? (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label="Prénom"
                {...form.textProps('prenom')}
                error={form.errors['identite.prenom']}
              />
              <TextInput label="Nom" {...form.textProps('nom')} error={form.errors['identite.nom']} />
              <TextInput
                label="Téléphone"
                type="tel"
                {...form.textProps('telephone')}
                error={form.errors['identite.telephone']}
              />
              <TextInput
                label="E-mail"
                type="email"
                {...form.textProps('email')}
                error={form.errors['identite.email']}
              />
            </SimpleGrid>
            <TextInput
              label="Finalité du consentement"
              required
              {...form.textProps('finalite')}
              error={form.errors['consentement.finalite']}
            />
            <Select
              label="Recueilli de quelle manière"
              data={MODE_CONSENTEMENT_OPTIONS}
              value={v.mode}
              onChange={(m) => form.setValue('mode', m)}
              error={form.errors['consentement.mode']}
              allowDeselect={false}
            />
            <Checkbox
              label="Elle accepte que ses coordonnées soient transmises aux partenaires vers qui elle est orientée"
              checked={v.partagePartenaires}
              onChange={(e) => form.setValue('partagePartenaires', e.currentTarget.checked)}
            />
          </>
        ) : null}
        <FormFooter
          message={form.errors.consentement ?? form.formError}
          onCancel={onCancel}
          submitLabel="Créer la fiche"
          loading={create.isPending}
        />
      </Stack>
    </form>
  );
}
