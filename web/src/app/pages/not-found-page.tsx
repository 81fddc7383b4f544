import { Button, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { paths } from '../../lib/paths';

/** Also shown outside the shell (unknown URL before login), hence its own <main>. */
export function NotFoundPage() {
  useEffect(() => {
    document.title = 'Page introuvable · Trame';
  }, []);
  return (
    <Stack component="main" align="center" justify="center" mih="80dvh" p="md" ta="center" gap="md">
      <Text fw={800} fz={56} c="blue.9" lh={1} aria-hidden="true">
        404
      </Text>
      <Title order={1} size="h2">
        Page introuvable
      </Title>
      <Text maw={440}>
        Cette adresse ne correspond à aucune page de Trame. Le lien est peut-être incomplet, ou la page a été
        déplacée.
      </Text>
      <Button component={Link} to={paths.accueil}>
        Retour à « Aujourd’hui »
      </Button>
    </Stack>
  );
}
