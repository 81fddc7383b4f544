import { Button, Group, Modal, Stack, Text } from '@mantine/core';

/**
 * Asked before signing out with captures still on this phone (issue 15, part 2). Its own module,
 * loaded when needed: the dialog library stays out of the first chunk (issue 15, part 6).
 */
export function LogoutWarning({
  pending,
  busy,
  onStay,
  onSignOut,
}: {
  pending: number;
  busy: boolean;
  onStay: () => void;
  onSignOut: () => void;
}) {
  return (
    <Modal opened onClose={onStay} title="Des saisies ne sont pas encore envoyées" centered>
      <Stack>
        <Text>
          {pending === 1 ? 'Une saisie attend' : `${pending} saisies attendent`} le réseau sur ce téléphone.
          Elles restent gardées et partiront à votre prochaine connexion ici ; personne d’autre ne les envoie
          à votre place.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onStay} data-autofocus>
            Rester connecté·e
          </Button>
          <Button color="red.9" onClick={onSignOut} loading={busy}>
            Me déconnecter quand même
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
