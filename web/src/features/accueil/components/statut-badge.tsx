import { ORIENTATION_STATUT_LABELS, type OrientationStatut } from '@domain/accueil/accueil.taxonomies';
import { Badge } from '@mantine/core';

const COLORS: Record<OrientationStatut, string> = {
  proposee: 'blue',
  prise_de_contact: 'indigo',
  aboutie: 'teal',
  sans_suite: 'gray',
  refusee: 'red',
  expiree: 'orange',
};

export function StatutBadge({ statut }: { statut: OrientationStatut }) {
  return (
    <Badge color={COLORS[statut]} variant="light">
      {ORIENTATION_STATUT_LABELS[statut]}
    </Badge>
  );
}
