import { proconnectDebutSchema } from '@domain/utilisateurs/proconnect.schema';
import { Button, Divider, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { useForm } from '../../../lib/form';
import { useProconnectDebut } from '../api/proconnect-debut';

/**
 * « Se connecter avec ProConnect » (ADR 030): the professional address first, since each
 * structure has its own ProConnect client; then the browser goes to ProConnect and comes back.
 */
export function ProconnectButton({ echec }: { echec: string | null }) {
  const [open, setOpen] = useState(false);
  const form = useForm({ email: '' });
  const debut = useProconnectDebut();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(proconnectDebutSchema, form.values);
    if (!input) return;
    debut.mutate(input.email, {
      onSuccess: ({ url }) => window.location.assign(url),
      onError: form.handleError,
    });
  };
  return (
    <Stack gap="sm">
      <Divider label="ou" labelPosition="center" />
      <FormAlert message={echec} title="Connexion impossible" />
      {open ? (
        <form ref={form.formRef} onSubmit={submit} noValidate aria-label="Connexion avec ProConnect">
          <Stack>
            <TextInput
              label="Adresse e-mail professionnelle"
              description="L’adresse de votre compte Trame, que ProConnect confirmera."
              type="email"
              autoComplete="email"
              required
              size="md"
              {...form.textProps('email')}
            />
            <FormAlert message={form.formError} title="Connexion impossible" />
            <Button type="submit" size="md" variant="outline" loading={debut.isPending} fullWidth>
              Continuer vers ProConnect
            </Button>
          </Stack>
        </form>
      ) : (
        <>
          <Button size="md" variant="outline" fullWidth onClick={() => setOpen(true)}>
            Se connecter avec ProConnect
          </Button>
          <Text size="sm" c="dimmed" ta="center">
            Pour les agents des villes, bailleurs et services publics dont la structure l’a activé.
          </Text>
        </>
      )}
    </Stack>
  );
}
