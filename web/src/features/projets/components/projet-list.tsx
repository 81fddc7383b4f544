import type { ProjetListItemView } from '@domain/projets/projet.schema';
import { PROJET_STATUT_LABELS } from '@domain/projets/projet.taxonomies';
import { jourFr } from '@domain/time/paris';
import { Anchor, Badge } from '@mantine/core';
import { Link } from 'react-router';
import { DataList } from '../../../components/ui/data-list';
import { formatDate } from '../../../lib/dates';
import { paths } from '../../../lib/paths';

export const STATUT_COLORS = {
  idee: 'gray',
  accompagne: 'blue',
  realise: 'teal',
  abandonne: 'orange',
} as const;

/** The projects as a table (desktop) or cards (phone); the title opens the project's timeline. */
export function ProjetList({
  projets,
  qpvNom,
}: {
  projets: ProjetListItemView[];
  qpvNom: (territoireId: string) => string;
}) {
  return (
    <DataList
      rows={projets}
      rowKey={(p) => p.id}
      caption="Projets d’habitants"
      empty="Aucun projet ne correspond."
      minTableWidth={760}
      columns={[
        {
          key: 'titre',
          header: 'Projet',
          render: (p) => (
            <Anchor component={Link} to={paths.projet(p.id)} fw={600}>
              {p.titre}
            </Anchor>
          ),
        },
        {
          key: 'statut',
          header: 'Statut',
          render: (p) => (
            <Badge color={STATUT_COLORS[p.statut]} variant="light">
              {PROJET_STATUT_LABELS[p.statut]}
            </Badge>
          ),
        },
        { key: 'qpv', header: 'QPV', render: (p) => qpvNom(p.territoireId) },
        {
          key: 'partenaires',
          header: 'Partenaires',
          render: (p) => (p.partenaires.length ? p.partenaires.map((x) => x.nom).join(', ') : '—'),
        },
        { key: 'porteurs', header: 'Porteurs', render: (p) => p.porteurs },
        {
          key: 'etape',
          header: 'Dernière étape',
          render: (p) => (p.derniereEtape ? jourFr(p.derniereEtape) : '—'),
        },
        { key: 'cree', header: 'Créé le', render: (p) => formatDate(p.creeLe) },
      ]}
    />
  );
}
