import { Button, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { paths } from '../../lib/paths';

/** Inside the shell: the user is signed in but their role does not open this page. */
export function ForbiddenPage() {
  useEffect(() => {
    document.title = 'Page non accessible · Trame';
  }, []);
  return (
    <Stack align="center" py="xl" ta="center" gap="md">
      <Title order={1} size="h2">
        Page non accessible
      </Title>
      <Text maw={440}>
        Cette page n’est pas accessible avec votre rôle. Si vous en avez besoin, demandez-le à un·e
        administrateur·rice de votre structure.
      </Text>
      <Button component={Link} to={paths.accueil}>
        Retour à « Aujourd’hui »
      </Button>
    </Stack>
  );
}
