import { loginSchema, type MeView } from '@domain/utilisateurs/utilisateur.schema';
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { useForm } from '../../../lib/form';
import { useLogin } from '../api/login';

/** E-mail and password; the server's message (bad credentials, lockout) shows above the button. */
export function LoginForm({ onSuccess }: { onSuccess: (me: MeView) => void }) {
  const form = useForm({ email: '', password: '' });
  const login = useLogin();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(loginSchema, form.values);
    if (!input) return;
    login.mutate(input, { onSuccess, onError: form.handleError });
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label="Adresse e-mail"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          size="md"
          {...form.textProps('email')}
        />
        <PasswordInput
          label="Mot de passe"
          autoComplete="current-password"
          required
          size="md"
          {...form.textProps('password')}
        />
        <FormAlert message={form.formError} title="Connexion impossible" />
        <Button type="submit" size="md" loading={login.isPending} fullWidth>
          Se connecter
        </Button>
      </Stack>
    </form>
  );
}
