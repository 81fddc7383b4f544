import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { IconLogout } from '../../components/ui/icons';
import { useLogout } from '../../features/auth/api/logout';
import { useOutbox } from '../../lib/outbox';
import { paths } from '../../lib/paths';

/**
 * « Se déconnecter »; with captures still waiting on this phone, it first says so and lets the
 * user choose (issue 15, part 2): they stay stored and leave at this user's next sign-in here.
 */
export function LogoutButton({ compact }: { compact: boolean }) {
  const navigate = useNavigate();
  const logout = useLogout();
  const { pending } = useOutbox();
  const [warning, setWarning] = useState(false);
  // A ProConnect session ends at ProConnect too, which sends the browser back to the login page.
  const signOut = () =>
    logout.mutate(undefined, {
      onSettled: (answer) => {
        if (answer?.finSession) window.location.assign(answer.finSession);
        else navigate(paths.connexion, { replace: true });
      },
    });
  return (
    <>
      {/* On a phone the header also holds the alert and the sync indicator: the icon alone, named. */}
      <Button
        variant="default"
        size={compact ? 'compact-md' : 'sm'}
        px={compact ? 10 : undefined}
        leftSection={compact ? undefined : <IconLogout size={18} />}
        onClick={() => (pending ? setWarning(true) : signOut())}
        loading={logout.isPending}
        aria-label={compact ? 'Se déconnecter' : undefined}
        title={compact ? 'Se déconnecter' : undefined}
      >
        {compact ? <IconLogout size={20} /> : 'Se déconnecter'}
      </Button>
      <Modal
        opened={warning}
        onClose={() => setWarning(false)}
        title="Des saisies ne sont pas encore envoyées"
        centered
      >
        <Stack>
          <Text>
            {pending === 1 ? 'Une saisie attend' : `${pending} saisies attendent`} le réseau sur ce téléphone.
            Elles restent gardées et partiront à votre prochaine connexion ici ; personne d’autre ne les
            envoie à votre place.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setWarning(false)} data-autofocus>
              Rester connecté·e
            </Button>
            <Button color="red.9" onClick={signOut} loading={logout.isPending}>
              Me déconnecter quand même
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
