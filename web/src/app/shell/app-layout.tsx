import { ROLE_LABELS } from '@domain/auth/roles';
import { AppShell, Box, Button, Group, Text } from '@mantine/core';
import { Suspense } from 'react';
import { Link, Outlet, useNavigate } from 'react-router';
import { IconLogout } from '../../components/ui/icons';
import { useIsDesktop } from '../../components/ui/use-is-desktop';
import { AlerteBouton } from '../../features/alertes/components/alerte-bouton';
import { AlertesBanniere } from '../../features/alertes/components/alertes-banniere';
import { AlertesProvider } from '../../features/alertes/components/alertes-provider';
import { useLogout } from '../../features/auth/api/logout';
import { paths } from '../../lib/paths';
import { FullPageLoader, useSession } from '../session';
import { BottomNav } from './bottom-nav';
import { barItemsFor, navItemsFor } from './nav-items';
import classes from './shell.module.css';
import { SidebarNav } from './sidebar-nav';

/** Header (structure, logout), sidebar on desktop, bottom bar on a phone. */
export function AppLayout() {
  const me = useSession();
  const isDesktop = useIsDesktop();
  const navigate = useNavigate();
  const logout = useLogout();
  const items = navItemsFor(me.role);

  // A ProConnect session ends at ProConnect too, which sends the browser back to the login page.
  const signOut = () =>
    logout.mutate(undefined, {
      onSettled: (answer) => {
        if (answer?.finSession) window.location.assign(answer.finSession);
        else navigate(paths.connexion, { replace: true });
      },
    });

  return (
    <AlertesProvider me={me} onOpenAlertes={() => navigate(paths.alertes)}>
      <AppShell
        header={{ height: 56 }}
        navbar={isDesktop ? { width: 248, breakpoint: 0 } : undefined}
        footer={isDesktop ? undefined : { height: 64 }}
        padding={{ base: 'sm', sm: 'lg' }}
      >
        <a href="#contenu" className={classes.skipLink}>
          Aller au contenu
        </a>
        <AppShell.Header px={{ base: 'sm', sm: 'md' }}>
          <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              <Text
                visibleFrom="sm"
                component={Link}
                to={paths.accueil}
                fw={800}
                fz="lg"
                c="blue.9"
                style={{ textDecoration: 'none', flexShrink: 0 }}
                aria-label="Trame, aujourd’hui"
              >
                Trame
              </Text>
              <Text fw={600} truncate="end" style={{ minWidth: 0 }} title={me.structure.nom}>
                {me.structure.nom}
              </Text>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <AlerteBouton />
              {isDesktop ? (
                <Text size="sm" c="dimmed" truncate="end" maw={260}>
                  {me.user.prenom} {me.user.nom} · {ROLE_LABELS[me.role]}
                </Text>
              ) : null}
              <Button
                variant="default"
                size={isDesktop ? 'sm' : 'compact-md'}
                leftSection={<IconLogout size={18} />}
                onClick={signOut}
                loading={logout.isPending}
              >
                Se déconnecter
              </Button>
            </Group>
          </Group>
        </AppShell.Header>
        {isDesktop ? (
          <AppShell.Navbar p="sm" className={classes.navbar}>
            <SidebarNav items={items} />
          </AppShell.Navbar>
        ) : null}
        <AppShell.Main id="contenu" tabIndex={-1} style={{ outline: 'none' }}>
          <Box maw={1200} mx="auto" pb="xl">
            <AlertesBanniere href={paths.alertes} />
            <Suspense fallback={<FullPageLoader />}>
              <Outlet />
            </Suspense>
          </Box>
        </AppShell.Main>
        {isDesktop ? null : (
          <AppShell.Footer p={0}>
            <BottomNav {...barItemsFor(me.role)} />
          </AppShell.Footer>
        )}
      </AppShell>
    </AlertesProvider>
  );
}
