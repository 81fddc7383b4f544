import { Button } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useNavigate } from 'react-router';
import { IconLogout } from '../../components/ui/icons';
import { useLogout } from '../../features/auth/api/logout';
import { useOutbox } from '../../lib/outbox';
import { paths } from '../../lib/paths';
import { clearPersonalCaches } from '../../lib/pwa-caches';

const LogoutWarning = lazy(() => import('./logout-warning').then((m) => ({ default: m.LogoutWarning })));

/**
 * « Se déconnecter »; with captures still waiting on this phone, it first says so and lets the
 * user choose (issue 15, part 2): they stay stored and leave at this user's next sign-in here.
 * Once signed out, the service worker's caches of personal reads are dropped (ADR 033).
 */
export function LogoutButton({ compact }: { compact: boolean }) {
  const navigate = useNavigate();
  const logout = useLogout();
  const { pending } = useOutbox();
  const [warning, setWarning] = useState(false);
  // A ProConnect session ends at ProConnect too, which sends the browser back to the login page.
  const signOut = () =>
    logout.mutate(undefined, {
      onSettled: async (answer) => {
        await clearPersonalCaches().catch(() => undefined);
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
      {warning ? (
        <Suspense fallback={null}>
          <LogoutWarning
            pending={pending}
            busy={logout.isPending}
            onStay={() => setWarning(false)}
            onSignOut={signOut}
          />
        </Suspense>
      ) : null}
    </>
  );
}
