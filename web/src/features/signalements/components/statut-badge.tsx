import { STATUT_LABELS, type Statut } from '@domain/signalements/signalement.schema';
import { Badge } from '@mantine/core';
import { STATUT_COLORS } from './labels';

export function StatutBadge({ statut }: { statut: Statut }) {
  return (
    <Badge color={STATUT_COLORS[statut]} variant="light" radius="sm">
      {STATUT_LABELS[statut]}
    </Badge>
  );
}
