import { ROLE_LIST } from '@domain/auth/roles';
import { type UserView, userCreateSchema, userUpdateSchema } from '@domain/utilisateurs/utilisateur.schema';
import { MultiSelect, NumberInput, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormFooter } from '../../../components/ui/form-alert';
import { useForm } from '../../../lib/form';
import type { Option } from '../../../lib/reference-options';
import { type UserCreated, useCreateUtilisateur } from '../api/create-utilisateur';
import { useUpdateUtilisateur } from '../api/update-utilisateur';

export const ROLE_OPTIONS = ROLE_LIST.options;

function initialValues(u: UserView | null) {
  return {
    email: u?.email ?? '',
    prenom: u?.prenom ?? '',
    nom: u?.nom ?? '',
    role: (u?.role ?? null) as string | null,
    partenaireId: u?.partenaireId ?? null,
    allTerritoires: u?.allTerritoires ?? true,
    territoireIds: u?.territoireIds ?? [],
    isActive: u?.isActive ?? true,
    heuresHebdo: (u?.heuresHebdo ?? '') as number | string,
  };
}

interface Props {
  partnerOptions: Option[];
  territoireOptions: Option[];
  onCancel: () => void;
}

/** Creates an account (then the page shows the activation link) or edits one. */
export function UserForm(
  props: Props &
    (
      | { user: null; onCreated: (created: UserCreated) => void }
      | { user: UserView; onSaved: (u: UserView) => void }
    ),
) {
  const { user, partnerOptions, territoireOptions, onCancel } = props;
  const form = useForm(initialValues(user));
  const create = useCreateUtilisateur();
  const update = useUpdateUtilisateur(user?.id ?? '');
  const v = form.values;
  const isPartner = v.role === 'partenaire';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const payload = {
      email: v.email,
      prenom: v.prenom,
      nom: v.nom,
      role: v.role,
      partenaireId: isPartner ? v.partenaireId : null,
      allTerritoires: v.allTerritoires,
      territoireIds: v.allTerritoires ? [] : v.territoireIds,
      heuresHebdo: v.heuresHebdo === '' ? null : Number(v.heuresHebdo),
    };
    if (props.user === null) {
      const input = form.validate(userCreateSchema, payload);
      if (input) create.mutate(input, { onSuccess: props.onCreated, onError: form.handleError });
    } else {
      const input = form.validate(userUpdateSchema, { ...payload, isActive: v.isActive });
      if (input) update.mutate(input, { onSuccess: props.onSaved, onError: form.handleError });
    }
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Prénom" required autoComplete="off" {...form.textProps('prenom')} />
          <TextInput label="Nom" required autoComplete="off" {...form.textProps('nom')} />
        </SimpleGrid>
        <TextInput
          label="Adresse e-mail"
          type="email"
          inputMode="email"
          required
          autoComplete="off"
          {...form.textProps('email')}
        />
        <Select
          label="Rôle"
          required
          data={ROLE_OPTIONS}
          value={v.role}
          onChange={(r) => form.setValue('role', r)}
          error={form.errors.role}
          allowDeselect={false}
        />
        {isPartner ? (
          <Select
            label="Partenaire"
            description="Le compte ne verra que ce qui est adressé à ce partenaire."
            required
            data={partnerOptions}
            value={v.partenaireId}
            onChange={(p) => form.setValue('partenaireId', p)}
            error={form.errors.partenaireId}
            searchable
            nothingFoundMessage="Aucun partenaire ne correspond"
          />
        ) : null}
        <Switch
          label="Tous les territoires"
          description="Sinon, choisissez les territoires sur lesquels cette personne travaille."
          checked={v.allTerritoires}
          onChange={(e) => form.setValue('allTerritoires', e.currentTarget.checked)}
        />
        {v.allTerritoires ? null : (
          <MultiSelect
            label="Territoires"
            data={territoireOptions}
            value={v.territoireIds}
            onChange={(ids) => form.setValue('territoireIds', ids)}
            error={form.errors.territoireIds}
            searchable
            nothingFoundMessage="Aucun territoire ne correspond"
          />
        )}
        {v.role === 'mediateur' || v.role === 'coordinateur' ? (
          <NumberInput
            label="Heures par semaine (contrat)"
            description="Facultatif : le planning prévient quand une semaine les dépasse."
            min={1}
            max={60}
            step={0.5}
            decimalScale={2}
            decimalSeparator=","
            value={v.heuresHebdo}
            onChange={(h) => form.setValue('heuresHebdo', h)}
            error={form.errors.heuresHebdo}
          />
        ) : null}
        {user ? (
          <Switch
            label="Compte actif"
            description="Un compte désactivé ne peut plus se connecter ; son historique est conservé."
            checked={v.isActive}
            onChange={(e) => form.setValue('isActive', e.currentTarget.checked)}
          />
        ) : null}
        <FormFooter
          message={form.formError}
          onCancel={onCancel}
          submitLabel={user ? 'Enregistrer' : 'Créer le compte'}
          loading={create.isPending || update.isPending}
        />
      </Stack>
    </form>
  );
}
