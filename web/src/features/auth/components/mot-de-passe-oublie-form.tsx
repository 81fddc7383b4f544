import { motDePasseOublieSchema } from '@domain/utilisateurs/utilisateur.schema';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { useForm } from '../../../lib/form';
import { useMotDePasseOublie } from '../api/mot-de-passe-oublie';

/** The address of the account; the server answers the same whatever it is. */
export function MotDePasseOublieForm() {
  const form = useForm({ email: '' });
  const ask = useMotDePasseOublie();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(motDePasseOublieSchema, form.values);
    if (input) ask.mutate(input.email, { onError: form.handleError });
  };
  if (ask.data) {
    return (
      <Alert color="teal" role="status" title="Demande envoyée">
        {ask.data.message}
      </Alert>
    );
  }
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label="Adresse e-mail"
          type="email"
          autoComplete="email"
          required
          size="md"
          {...form.textProps('email')}
        />
        <FormAlert message={form.formError} />
        <Button type="submit" size="md" loading={ask.isPending} fullWidth>
          Recevoir un lien
        </Button>
      </Stack>
    </form>
  );
}
