import { Button, Group, Modal, Stack, Text } from '@mantine/core';

const saisies = (n: number) => (n === 1 ? 'Une saisie' : `${n} saisies`);

/**
 * Asked before signing out with captures still on this phone (issue 15, parts 2 and 5): what
 * waits, what signing out erases (entries holding notes or persons) and what stays for the next
 * sign-in (anonymous counts). Its own module, loaded when needed: the dialog library stays out of
 * the first chunk (issue 15, part 6).
 */
export function LogoutWarning({
  comptes,
  personnelles,
  busy,
  onStay,
  onSignOut,
}: {
  comptes: number;
  personnelles: number;
  busy: boolean;
  onStay: () => void;
  onSignOut: () => void;
}) {
  const total = comptes + personnelles;
  return (
    <Modal opened onClose={onStay} title="Des saisies ne sont pas encore envoyées" centered>
      <Stack>
        <Text>
          {total === 1 ? 'Une saisie attend' : `${total} saisies attendent`} le réseau sur ce téléphone.
        </Text>
        {personnelles > 0 ? (
          <Text fw={600}>
            {saisies(personnelles)} contenant des notes ou des personnes{' '}
            {personnelles === 1 ? 'sera effacée' : 'seront effacées'} de ce téléphone à la déconnexion.
          </Text>
        ) : null}
        {comptes > 0 ? (
          <Text>
            {comptes === 1
              ? 'Un comptage anonyme reste gardé et partira à votre prochaine connexion ici ; personne d’autre ne l’envoie à votre place.'
              : `${comptes} comptages anonymes restent gardés et partiront à votre prochaine connexion ici ; personne d’autre ne les envoie à votre place.`}
          </Text>
        ) : null}
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
