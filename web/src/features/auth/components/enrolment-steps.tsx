import type { EnrolementView } from '@domain/utilisateurs/deuxieme-facteur.schema';
import { Button, Image, List, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { CopyField } from '../../../components/ui/copy-field';
import { FormAlert } from '../../../components/ui/form-alert';
import { useForm } from '../../../lib/form';

const SIX_DIGITS = /^\d{6}$/;

/**
 * Enrolment: the QR code to scan, the secret to type by hand, and the first code that confirms
 * it. Shared by the sign-in (required by the structure) and « Mon compte » (of one's own will).
 */
export function EnrolmentSteps({
  view,
  confirm,
  pending,
}: {
  view: EnrolementView;
  /** Sends the code; rejects with the server's message. */
  confirm: (code: string) => Promise<unknown>;
  pending: boolean;
}) {
  const form = useForm({ code: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = form.values.code.replace(/\s/g, '');
    if (!SIX_DIGITS.test(code)) {
      form.reject({ code: 'Saisissez les 6 chiffres affichés par l’application.' }, 'Code incomplet.');
      return;
    }
    confirm(code).catch(form.handleError);
  };
  return (
    <Stack gap="sm">
      <List type="ordered" spacing="xs" size="sm">
        <List.Item>
          Installez une application d’authentification sur votre téléphone (par exemple FreeOTP, Aegis, Google
          Authenticator ou Microsoft Authenticator).
        </List.Item>
        <List.Item>Scannez ce QR code avec l’application, ou saisissez la clé à la main.</List.Item>
        <List.Item>Saisissez le code à 6 chiffres qu’elle affiche.</List.Item>
      </List>
      <Image
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(view.qrSvg)}`}
        alt="QR code à scanner avec votre application d’authentification"
        w={200}
        h={200}
        bg="white"
      />
      <CopyField
        label="Clé à saisir à la main"
        value={view.secret}
        description="Type : basé sur l’heure (TOTP), 6 chiffres, 30 secondes."
      />
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Code affiché par l’application"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            required
            size="md"
            {...form.textProps('code')}
          />
          <FormAlert message={form.formError} title="Activation impossible" />
          <Text size="sm" c="dimmed">
            Le code change toutes les 30 secondes : saisissez celui affiché en ce moment.
          </Text>
          <Button type="submit" size="md" loading={pending} style={{ alignSelf: 'flex-start' }}>
            Activer
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
