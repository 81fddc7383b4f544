import { Button, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';

/**
 * Last-resort screen when a page fails to render or to load (typically a new version was
 * deployed and the old page's files are gone: reloading fixes it).
 */
export function RouteErrorPage() {
  useEffect(() => {
    document.title = 'Erreur · Trame';
  }, []);
  return (
    <Stack component="main" align="center" justify="center" mih="80dvh" p="md" ta="center" gap="md">
      <Title order={1} size="h2">
        La page n’a pas pu s’afficher
      </Title>
      <Text maw={460}>
        Une nouvelle version de Trame a peut-être été installée, ou la connexion a été interrompue. Rechargez
        la page ; si le problème continue, prévenez votre administrateur·rice.
      </Text>
      <Button onClick={() => window.location.reload()}>Recharger la page</Button>
    </Stack>
  );
}
