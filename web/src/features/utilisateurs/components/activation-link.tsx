import { Alert, Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { CopyField } from '../../../components/ui/copy-field';
import { errorMessage } from '../../../lib/api-client';
import { useCreateActivationLink } from '../api/create-activation-link';

/** The one-time link to hand over, with how long it lasts. */
export function ActivationLinkPanel({ url, personName }: { url: string; personName: string }) {
  return (
    <Alert color="blue" variant="light" title="Lien d’activation">
      <Stack gap="xs">
        <Text size="sm">
          Transmettez ce lien à {personName} : il permet de choisir son mot de passe. Il est valable{' '}
          <strong>7 jours</strong> et ne sert qu’une fois. Il ne sera plus affiché ensuite ; au besoin,
          générez-en un nouveau.
        </Text>
        <CopyField label="Lien d’activation à transmettre" value={url} />
      </Stack>
    </Alert>
  );
}

/** « Nouveau lien d’activation »: replaces any previous link of this account. */
export function NewActivationLink({ userId, personName }: { userId: string; personName: string }) {
  const create = useCreateActivationLink();
  const [url, setUrl] = useState<string | null>(null);
  return (
    <Stack gap="xs">
      <Button
        variant="light"
        onClick={() =>
          create.mutate(userId, {
            onSuccess: (r) => setUrl(r.activationUrl),
            onError: (e) =>
              notifications.show({ color: 'red', title: 'Lien non créé', message: errorMessage(e) }),
          })
        }
        loading={create.isPending}
        style={{ alignSelf: 'flex-start' }}
      >
        Nouveau lien d’activation
      </Button>
      {url ? <ActivationLinkPanel url={url} personName={personName} /> : null}
    </Stack>
  );
}
