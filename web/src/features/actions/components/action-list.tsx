import type { ActionView } from '@domain/actions/action.schema';
import { ACTION_TYPE_LIST } from '@domain/actions/action.taxonomies';
import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/dates';

/** Cards that fit a phone: title, type, start (dd/mm/yyyy), participants, cancelled or evaluated. */
export function ActionList({ rows, href }: { rows: ActionView[]; href: (id: string) => string }) {
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {rows.map((a) => (
        <Card key={a.id} component="li" withBorder padding="sm">
          <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
            <Text fw={600} component={Link} to={href(a.id)} c="blue.8" style={{ overflowWrap: 'anywhere' }}>
              {a.titre}
            </Text>
            {a.statut === 'annulee' ? (
              <Badge color="gray" variant="outline">
                Annulée
              </Badge>
            ) : a.evaluation ? (
              <Badge color="teal" variant="light">
                Évaluée
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            {ACTION_TYPE_LIST.label(a.type)} · {formatDateTime(a.debut)}
          </Text>
          <Text size="sm">
            {a.participants > 0
              ? `${a.participants.toLocaleString('fr-FR')} participant·e${a.participants > 1 ? 's' : ''}`
              : 'Aucun·e participant·e compté·e'}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
