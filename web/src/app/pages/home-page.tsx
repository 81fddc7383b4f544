import { ROLE_LABELS } from '@domain/auth/roles';
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { useSession } from '../session';

function greeting(now = new Date()): string {
  const hour = Number(
    new Intl.DateTimeFormat('fr-FR', { hour: 'numeric', hour12: false, timeZone: 'Europe/Paris' }).format(
      now,
    ),
  );
  return hour >= 18 || hour < 5 ? 'Bonsoir' : 'Bonjour';
}

export function HomePage() {
  const me = useSession();
  return (
    <>
      <PageHeader title={`${greeting()} ${me.user.prenom}`} description={me.structure.nom} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Card withBorder radius="md" padding="lg">
          <Title order={2} size="h4" mb="sm">
            Votre compte
          </Title>
          <Stack gap={6} component="dl" m={0}>
            <Group gap={6} wrap="nowrap" align="baseline">
              <Text component="dt" size="sm" c="dimmed" style={{ flexShrink: 0 }}>
                Structure :
              </Text>
              <Text component="dd" m={0} fw={600}>
                {me.structure.nom}
              </Text>
            </Group>
            <Group gap={6} wrap="nowrap" align="baseline">
              <Text component="dt" size="sm" c="dimmed" style={{ flexShrink: 0 }}>
                Rôle :
              </Text>
              <Text component="dd" m={0} fw={600}>
                {ROLE_LABELS[me.role]}
              </Text>
            </Group>
            {me.partenaire ? (
              <Group gap={6} wrap="nowrap" align="baseline">
                <Text component="dt" size="sm" c="dimmed" style={{ flexShrink: 0 }}>
                  Partenaire :
                </Text>
                <Text component="dd" m={0} fw={600} style={{ minWidth: 0 }}>
                  {me.partenaire.nom}
                </Text>
              </Group>
            ) : null}
            <Group gap={6} wrap="nowrap" align="baseline">
              <Text component="dt" size="sm" c="dimmed" style={{ flexShrink: 0 }}>
                E-mail :
              </Text>
              <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
                {me.user.email}
              </Text>
            </Group>
          </Stack>
        </Card>
        <Card withBorder radius="md" padding="lg">
          <Title order={2} size="h4" mb="sm">
            Vos territoires
          </Title>
          {me.territoires.length === 0 ? (
            <Text size="sm" c="dimmed">
              Aucun territoire n’est encore rattaché à votre compte.
            </Text>
          ) : (
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {me.territoires.map((t) => (
                <Group component="li" key={t.id} gap="xs" wrap="nowrap" align="baseline">
                  <Badge variant="light" style={{ flexShrink: 0 }}>
                    {t.qpvCode}
                  </Badge>
                  <Text size="sm">{t.nom}</Text>
                </Group>
              ))}
            </Stack>
          )}
        </Card>
      </SimpleGrid>
    </>
  );
}
