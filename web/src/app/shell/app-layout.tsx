import { isStaff, ROLE_LABELS } from '@domain/auth/roles';
import { AppShell, Box, Group, Text } from '@mantine/core';
import { Suspense, useEffect } from 'react';
import { Link, Outlet, useNavigate } from 'react-router';
import { SyncIndicator } from '../../components/ui/sync-indicator';
import { useIsDesktop } from '../../components/ui/use-is-desktop';
import { AlerteBouton } from '../../features/alertes/components/alerte-bouton';
import { AlertesBanniere } from '../../features/alertes/components/alertes-banniere';
import { AlertesProvider } from '../../features/alertes/components/alertes-provider';
import { setOutboxUser } from '../../lib/outbox';
import { paths } from '../../lib/paths';
import { queryClient } from '../../lib/query-client';
import { refreshWhenOutboxEmpties } from '../outbox-refresh';
import { FullPageLoader, useSession } from '../session';
import { BottomNav } from './bottom-nav';
import { LogoutButton } from './logout-button';
import { barItemsFor, navItemsFor } from './nav-items';
import classes from './shell.module.css';
import { SidebarNav } from './sidebar-nav';

/** Header (structure, logout), sidebar on desktop, bottom bar on a phone. */
export function AppLayout() {
  const me = useSession();
  const isDesktop = useIsDesktop();
  const navigate = useNavigate();
  const items = navItemsFor(me.role);
  // What this user captured on this phone leaves from any page, not only the tournée.
  useEffect(() => setOutboxUser(me.user.id), [me.user.id]);
  useEffect(() => refreshWhenOutboxEmpties(queryClient), []);

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
            <Group gap="sm" wrap="nowrap" className={classes.headerStart}>
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
              <Text
                fw={600}
                truncate="end"
                className={classes.structureName}
                style={{ minWidth: 0 }}
                title={me.structure.nom}
              >
                {me.structure.nom}
              </Text>
            </Group>
            <Group gap="sm" wrap="nowrap">
              {isStaff(me) ? <SyncIndicator compact={!isDesktop} /> : null}
              <AlerteBouton />
              {isDesktop ? (
                <Text size="sm" c="dimmed" truncate="end" maw={260}>
                  {me.user.prenom} {me.user.nom} · {ROLE_LABELS[me.role]}
                </Text>
              ) : null}
              <LogoutButton compact={!isDesktop} />
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
