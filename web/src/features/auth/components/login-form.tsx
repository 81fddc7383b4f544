import type { ChallengeView } from '@domain/utilisateurs/deuxieme-facteur.schema';
import { loginSchema, type MeView } from '@domain/utilisateurs/utilisateur.schema';
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { useForm } from '../../../lib/form';
import { isChallenge, useLogin } from '../api/login';
import { EnrolmentAtSignIn } from './enrolment-at-sign-in';
import { SecondFactorStep } from './second-factor-step';

/**
 * E-mail and password; the server's message (bad credentials, lockout) shows above the button.
 * Then, when the account has one, the second factor's step (ADR 029).
 */
export function LoginForm({ onSuccess }: { onSuccess: (me: MeView) => void }) {
  const form = useForm({ email: '', password: '' });
  const login = useLogin();
  const [challenge, setChallenge] = useState<ChallengeView | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(loginSchema, form.values);
    if (!input) return;
    login.mutate(input, {
      onSuccess: (answer) => (isChallenge(answer) ? setChallenge(answer) : onSuccess(answer)),
      onError: form.handleError,
    });
  };
  const restart = (message: string) => {
    setChallenge(null);
    form.reset({ email: form.values.email, password: '' });
    form.setFormError(message);
  };

  if (challenge?.deuxiemeFacteur === 'code') {
    return <SecondFactorStep jeton={challenge.jeton} onSuccess={onSuccess} onRestart={restart} />;
  }
  if (challenge?.deuxiemeFacteur === 'enrolement') {
    return <EnrolmentAtSignIn jeton={challenge.jeton} onSuccess={onSuccess} onRestart={restart} />;
  }
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
