import { PASSWORD_MIN, passwordChangeSchema } from '@domain/utilisateurs/utilisateur.schema';
import { Button, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FormEvent } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { useForm } from '../../../lib/form';
import { useChangePassword } from '../api/change-password';

const MISMATCH = 'Les deux mots de passe ne sont pas identiques.';
const EMPTY = { currentPassword: '', newPassword: '', confirmation: '' };

export function PasswordChangeForm() {
  const form = useForm(EMPTY);
  const change = useChangePassword();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { confirmation, ...values } = form.values;
    const input = form.validate(passwordChangeSchema, values);
    if (!input) return;
    if (confirmation !== values.newPassword) {
      form.reject({ confirmation: MISMATCH }, MISMATCH);
      return;
    }
    change.mutate(input, {
      onSuccess: () => {
        form.reset(EMPTY);
        notifications.show({
          color: 'teal',
          title: 'Mot de passe modifié',
          message: 'Utilisez-le à votre prochaine connexion.',
        });
      },
      onError: form.handleError,
    });
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack maw={480}>
        <PasswordInput
          label="Mot de passe actuel"
          autoComplete="current-password"
          required
          {...form.textProps('currentPassword')}
        />
        <PasswordInput
          label="Nouveau mot de passe"
          description={`Au moins ${PASSWORD_MIN} caractères.`}
          autoComplete="new-password"
          required
          {...form.textProps('newPassword')}
        />
        <PasswordInput
          label="Confirmer le nouveau mot de passe"
          autoComplete="new-password"
          required
          {...form.textProps('confirmation')}
        />
        <FormAlert message={form.formError} />
        <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
          Changer le mot de passe
        </Button>
      </Stack>
    </form>
  );
}
