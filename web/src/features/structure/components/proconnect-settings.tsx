import { structureUpdateSchema } from '@domain/structures/structure.schema';
import { Button, PasswordInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FormEvent } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { orNull, useForm } from '../../../lib/form';
import type { StructureView } from '../api/get-structure';
import { useUpdateStructure } from '../api/update-structure';

const fromView = (p: StructureView['proconnect']) => ({
  actif: p.actif,
  issuer: p.issuer ?? '',
  clientId: p.clientId ?? '',
  clientSecret: '',
});

/**
 * ProConnect sign-in of the structure (admin, direction; ADR 030): the issuer and the client
 * registered there. The secret is write-only: left empty, the stored one is kept.
 */
export function ProconnectSettings({ structure }: { structure: StructureView }) {
  const form = useForm(fromView(structure.proconnect));
  const update = useUpdateStructure();
  const { secretConfigure } = structure.proconnect;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const input = form.validate(structureUpdateSchema, {
      proconnect: {
        actif: v.actif,
        issuer: orNull(v.issuer),
        clientId: orNull(v.clientId),
        ...(v.clientSecret ? { clientSecret: v.clientSecret } : {}),
      },
    });
    if (!input) return;
    update.mutate(input, {
      onSuccess: (saved) => {
        form.reset(fromView(saved.proconnect));
        notifications.show({
          color: 'teal',
          title: 'ProConnect enregistré',
          message: saved.proconnect.actif
            ? 'La connexion avec ProConnect est proposée.'
            : 'ProConnect est désactivé.',
        });
      },
      onError: form.handleError,
    });
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-label="Réglages ProConnect">
      <Stack maw={520}>
        <Switch
          label="Proposer la connexion avec ProConnect"
          checked={form.values.actif}
          onChange={(e) => form.setValue('actif', e.currentTarget.checked)}
          size="md"
        />
        <TextInput
          label="Adresse de l’émetteur (issuer)"
          description="Par exemple https://auth.agentconnect.gouv.fr/api/v2"
          type="url"
          autoComplete="off"
          {...form.textProps('issuer')}
          error={form.errors['proconnect.issuer']}
        />
        <TextInput
          label="Identifiant client"
          autoComplete="off"
          {...form.textProps('clientId')}
          error={form.errors['proconnect.clientId']}
        />
        <PasswordInput
          label="Secret client"
          description={
            secretConfigure
              ? 'Secret enregistré : laissez vide pour le garder.'
              : 'Donné par ProConnect avec l’identifiant client.'
          }
          autoComplete="new-password"
          {...form.textProps('clientSecret')}
          error={form.errors['proconnect.clientSecret']}
        />
        {secretConfigure && (
          <Text size="sm" c="teal.9" role="status">
            Secret enregistré
          </Text>
        )}
        <FormAlert message={form.formError} />
        <Button type="submit" loading={update.isPending} style={{ alignSelf: 'flex-start' }}>
          Enregistrer
        </Button>
      </Stack>
    </form>
  );
}
