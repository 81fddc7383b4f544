import type { MeView } from '@domain/utilisateurs/utilisateur.schema';
import { Button, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { ApiError } from '../../../lib/api-client';
import { useForm } from '../../../lib/form';
import { useSignInCode } from '../api/sign-in-code';

/** An expired or spent challenge: back to the password, with the server's message. */
export const isExpiredChallenge = (error: unknown) =>
  error instanceof ApiError && error.code === 'connexion_expiree';

/** The sign-in's second step: the app's 6-digit code, or one recovery code. */
export function SecondFactorStep({
  jeton,
  onSuccess,
  onRestart,
}: {
  jeton: string;
  onSuccess: (me: MeView) => void;
  onRestart: (message: string) => void;
}) {
  const [recovery, setRecovery] = useState(false);
  const form = useForm({ code: '' });
  const signIn = useSignInCode();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = form.values.code.trim();
    if (!code) {
      form.reject({ code: 'Saisissez le code.' }, 'Le code est obligatoire.');
      return;
    }
    signIn.mutate(
      { jeton, code },
      {
        onSuccess,
        onError: (error) => (isExpiredChallenge(error) ? onRestart(error.message) : form.handleError(error)),
      },
    );
  };

  const toggle = () => {
    setRecovery((r) => !r);
    form.reset({ code: '' });
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          {recovery
            ? 'Saisissez un de vos codes de secours. Chacun ne sert qu’une fois.'
            : 'Saisissez le code à 6 chiffres affiché par votre application d’authentification.'}
        </Text>
        {recovery ? (
          <TextInput
            key="secours"
            label="Code de secours"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            size="md"
            {...form.textProps('code')}
          />
        ) : (
          <TextInput
            key="code"
            label="Code à 6 chiffres"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            required
            size="md"
            data-autofocus
            {...form.textProps('code')}
          />
        )}
        <FormAlert message={form.formError} title="Connexion impossible" />
        <Button type="submit" size="md" loading={signIn.isPending} fullWidth>
          Valider
        </Button>
        <Button variant="default" onClick={toggle}>
          {recovery ? 'Utiliser le code de l’application' : 'Utiliser un code de secours'}
        </Button>
      </Stack>
    </form>
  );
}
