import { Button } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useNavigate } from 'react-router';
import { IconLogout } from '../../components/ui/icons';
import { useLogout } from '../../features/auth/api/logout';
import { oublierNotes } from '../../features/main-courante/api/tournee';
import { forgetUser, useOutbox, userEntries } from '../../lib/outbox';
import { paths } from '../../lib/paths';
import { clearPersonalCaches } from '../../lib/pwa-caches';
import { useSession } from '../session';

const LogoutWarning = lazy(() => import('./logout-warning').then((m) => ({ default: m.LogoutWarning })));

/** This user's queued personal entries, the tournée's notes and the personal caches, off the phone. */
async function forgetPersonalData(userId: string): Promise<void> {
  await forgetUser(userId).catch(() => undefined);
  oublierNotes(userId);
  await clearPersonalCaches().catch(() => undefined);
}

/**
 * « Se déconnecter »; with captures still on this phone, it first says what will leave the phone
 * and what stays, and lets the user choose (issue 15, parts 2 and 5). Once signed out — the server
 * reached or not — nothing personal of this user stays on the phone: their queued entries holding
 * notes, persons or photos, the tournée's notes, the service worker's personal caches (ADR 007,
 * ADR 033); their anonymous counts stay, for their next sign-in here.
 */
export function LogoutButton({ compact }: { compact: boolean }) {
  const navigate = useNavigate();
  const logout = useLogout();
  const me = useSession();
  const outbox = useOutbox();
  const entries = userEntries(outbox, me.user.id);
  const [warning, setWarning] = useState(false);
  // The session ends as the user asked, the server reached or not; then what is personal leaves
  // the phone before the login page shows (a ProConnect session ends at ProConnect too).
  const signOut = () =>
    logout.mutate(undefined, {
      onSettled: async (answer) => {
        await forgetPersonalData(me.user.id);
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
        onClick={() => (entries.comptes + entries.personnelles > 0 ? setWarning(true) : signOut())}
        loading={logout.isPending}
        aria-label={compact ? 'Se déconnecter' : undefined}
        title={compact ? 'Se déconnecter' : undefined}
      >
        {compact ? <IconLogout size={20} /> : 'Se déconnecter'}
      </Button>
      {warning ? (
        <Suspense fallback={null}>
          <LogoutWarning
            {...entries}
            busy={logout.isPending}
            onStay={() => setWarning(false)}
            onSignOut={signOut}
          />
        </Suspense>
      ) : null}
    </>
  );
}
