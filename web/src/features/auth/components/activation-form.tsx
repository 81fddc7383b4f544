import { activationSchema, PASSWORD_MIN } from '@domain/utilisateurs/utilisateur.schema';
import { Button, PasswordInput, Stack } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { useForm } from '../../../lib/form';
import { useActivateAccount } from '../api/activate';

const MISMATCH = 'Les deux mots de passe ne sont pas identiques.';

/** Sets the first password from a one-time link. */
export function ActivationForm({ token, onSuccess }: { token: string; onSuccess: () => void }) {
  const form = useForm({ password: '', confirmation: '' });
  const activate = useActivateAccount();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(activationSchema, { token, password: form.values.password });
    if (!input) return;
    if (form.values.confirmation !== form.values.password) {
      form.reject({ confirmation: MISMATCH }, MISMATCH);
      return;
    }
    activate.mutate(input, { onSuccess, onError: form.handleError });
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack>
        <PasswordInput
          label="Nouveau mot de passe"
          description={`Au moins ${PASSWORD_MIN} caractères. Une phrase facile à retenir convient très bien.`}
          autoComplete="new-password"
          required
          size="md"
          {...form.textProps('password')}
        />
        <PasswordInput
          label="Confirmer le mot de passe"
          autoComplete="new-password"
          required
          size="md"
          {...form.textProps('confirmation')}
        />
        <FormAlert message={form.formError} title="Activation impossible" />
        <Button type="submit" size="md" loading={activate.isPending} fullWidth>
          Enregistrer mon mot de passe
        </Button>
      </Stack>
    </form>
  );
}
