import { OBSERVATION_KIND_LABELS } from '@domain/main-courante/main-courante.taxonomies';
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/dates';
import type { ObservationListItem } from '../api/activites';

/** Veille sociale observations, newest first; the coordination marks them treated. */
export function ObservationList({
  items,
  href,
  onTraiter,
  pendingId,
}: {
  items: ObservationListItem[];
  href: (activiteId: string) => string;
  onTraiter: ((id: string) => void) | null;
  pendingId: string | null;
}) {
  return (
    <Stack gap="xs">
      {items.map((o) => (
        <Paper key={o.id} withBorder p="sm">
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={600}>
              {OBSERVATION_KIND_LABELS[o.kind]} · {o.qpvCode} · {formatDateTime(o.heure ?? o.createdAt)}
            </Text>
            {o.traiteeLe ? (
              <Badge color="green" variant="light">
                Traitée le {formatDateTime(o.traiteeLe)}
              </Badge>
            ) : (
              <Badge color="orange" variant="light">
                À traiter
              </Badge>
            )}
          </Group>
          <Text size="sm">{o.note}</Text>
          <Group gap="xs" mt="xs">
            <Anchor component={Link} to={href(o.activiteId)} size="sm">
              Voir l’activité
            </Anchor>
            {onTraiter && !o.traiteeLe ? (
              <Button size="xs" variant="light" loading={pendingId === o.id} onClick={() => onTraiter(o.id)}>
                Marquer comme traitée
              </Button>
            ) : null}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
