import { CATEGORIE_LABELS, type SignalementView } from '@domain/signalements/signalement.schema';
import { Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/dates';
import { StatutBadge } from './statut-badge';

/** Cards that fit a phone: category, status, place, partner, date. */
export function SignalementList({ rows, href }: { rows: SignalementView[]; href: (id: string) => string }) {
  return (
    <Stack gap="xs" component="ul" p={0} style={{ listStyle: 'none' }}>
      {rows.map((s) => (
        <Card key={s.id} component="li" withBorder padding="sm">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text fw={600} component={Link} to={href(s.id)} c="blue.8">
              {CATEGORIE_LABELS[s.categorie]} · n° {s.numero}
            </Text>
            <StatutBadge statut={s.statut} />
          </Group>
          <Text size="sm" c="dimmed">
            {formatDateTime(s.observeLe)}
            {s.lieuNom ? ` · ${s.lieuNom}` : ''}
          </Text>
          <Text size="sm">{s.partenaireNom ?? 'À orienter par la coordination'}</Text>
        </Card>
      ))}
    </Stack>
  );
}
