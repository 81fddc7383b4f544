import { SITUATION_STATUS_LABELS, type SituationStatus } from '@domain/situations/situation.taxonomies';
import { Badge } from '@mantine/core';

const COLORS: Record<SituationStatus, string> = {
  ouverte: 'blue',
  en_cours: 'indigo',
  en_suivi: 'teal',
  cloturee: 'gray',
};

export function StatusBadge({ statut }: { statut: SituationStatus }) {
  return (
    <Badge variant="light" color={COLORS[statut]} style={{ flexShrink: 0 }}>
      {SITUATION_STATUS_LABELS[statut]}
    </Badge>
  );
}

export function OverdueBadge() {
  return (
    <Badge variant="filled" color="red.8" style={{ flexShrink: 0 }}>
      Suivi en retard
    </Badge>
  );
}
