import { API_TOKEN_LIFETIMES, apiTokenCreateSchema } from '@domain/utilisateurs/utilisateur.schema';
import { Alert, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { CopyField } from '../../../components/ui/copy-field';
import { FormFooter } from '../../../components/ui/form-alert';
import { IconAlert } from '../../../components/ui/icons';
import { formatDate } from '../../../lib/dates';
import { useForm } from '../../../lib/form';
import { type JetonCreated, useCreateJeton } from '../api/create-jeton';

/** Shown once after creation: the server keeps only a hash of the secret. */
export function JetonSecret({ jeton, onClose }: { jeton: JetonCreated; onClose: () => void }) {
  return (
    <Stack>
      <Alert color="orange" variant="light" title="Copiez ce jeton maintenant" icon={<IconAlert />}>
        <Text size="sm">
          Le jeton « {jeton.nom} » ne sera plus jamais affiché. Conservez-le dans un endroit sûr (gestionnaire
          de mots de passe) : il donne les mêmes droits que votre compte, jusqu’au{' '}
          {formatDate(jeton.expiresAt)}. En cas de doute, révoquez-le.
        </Text>
      </Alert>
      <CopyField label="Jeton d’accès à l’API" value={jeton.secret} />
      <Text size="sm" c="dimmed">
        À envoyer dans l’en-tête HTTP <code>Authorization: Bearer …</code>
      </Text>
      <Group justify="flex-end">
        <Button onClick={onClose}>J’ai copié le jeton</Button>
      </Group>
    </Stack>
  );
}

const lifetimeOptions = API_TOKEN_LIFETIMES.map((l) => ({ value: String(l.days), label: l.label }));

/** A token is always for the signed-in account, for a lifetime of a year at most. */
export function JetonCreateForm({
  onCreated,
  onCancel,
}: {
  onCreated: (jeton: JetonCreated) => void;
  onCancel: () => void;
}) {
  const form = useForm({ nom: '', dureeJours: 90 as number | null });
  const create = useCreateJeton();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(apiTokenCreateSchema, form.values);
    if (!input) return;
    create.mutate(input, { onSuccess: onCreated, onError: form.handleError });
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label="Nom du jeton"
          description="Pour le reconnaître, par exemple « Export tableau de bord ville »."
          required
          {...form.textProps('nom')}
        />
        <Select
          label="Durée de validité"
          description="Passé ce délai, le jeton cesse de fonctionner : il faudra en créer un autre."
          required
          allowDeselect={false}
          data={lifetimeOptions}
          value={form.values.dureeJours === null ? null : String(form.values.dureeJours)}
          onChange={(v) => form.setValue('dureeJours', v === null ? null : Number(v))}
          error={form.errors.dureeJours}
        />
        <FormFooter
          message={form.formError}
          onCancel={onCancel}
          submitLabel="Créer le jeton"
          loading={create.isPending}
        />
      </Stack>
    </form>
  );
}
