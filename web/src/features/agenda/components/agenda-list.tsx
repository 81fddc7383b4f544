import { ACTION_TYPE_LABELS } from '@domain/actions/action.taxonomies';
import type { AgendaAction } from '@domain/agenda/agenda.schema';
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { formatPlageLongue } from '../../../lib/dates';

function AgendaItem({ a }: { a: AgendaAction }) {
  const titleId = `action-${a.id}`;
  return (
    <Card withBorder radius="md" component="article" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id={titleId}>
            {a.titre}
          </Title>
          <Badge variant="light" color="indigo">
            {ACTION_TYPE_LABELS[a.type]}
          </Badge>
        </Group>
        <Text fw={600}>
          <time dateTime={a.debut}>{formatPlageLongue(a.debut, a.fin)}</time>
        </Text>
        <Text size="sm">
          <Text span c="dimmed">
            Lieu :{' '}
          </Text>
          {a.lieu ? `${a.lieu}, ${a.quartier}` : a.quartier}
        </Text>
        {a.partenaires.length > 0 && (
          <Text size="sm">
            <Text span c="dimmed">
              Avec :{' '}
            </Text>
            {a.partenaires.join(', ')}
          </Text>
        )}
        {a.texte && (
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {a.texte}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** The public actions by date, as anyone reads them (no personal data reaches this page). */
export function AgendaList({ actions }: { actions: readonly AgendaAction[] }) {
  if (actions.length === 0) {
    return <Text c="dimmed">Aucune action publique prévue pour le moment.</Text>;
  }
  return (
    <Stack gap="sm">
      {actions.map((a) => (
        <AgendaItem key={a.id} a={a} />
      ))}
    </Stack>
  );
}
