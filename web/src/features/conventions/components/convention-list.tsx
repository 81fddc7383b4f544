import type { ConventionView } from '@domain/conventions/convention.schema';
import { periodeFr } from '@domain/time/paris';
import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { DataList } from '../../../components/ui/data-list';
import { paths } from '../../../lib/paths';

/** « 2 QPV, 1 lieu », or the whole structure when the convention lists neither. */
export function perimetreLabel(c: Pick<ConventionView, 'territoires' | 'lieux'>): string {
  const parts = [
    c.territoires.length ? `${c.territoires.length} QPV` : null,
    c.lieux.length ? `${c.lieux.length} lieu${c.lieux.length > 1 ? 'x' : ''}` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'Toute la structure';
}

export const periodeLabel = (c: Pick<ConventionView, 'du' | 'au'>) => periodeFr(c.du, c.au);

/** The conventions as a table (desktop) or cards (phone); the name opens the report. */
export function ConventionList({ conventions }: { conventions: ConventionView[] }) {
  return (
    <DataList
      rows={conventions}
      rowKey={(c) => c.id}
      caption="Conventions des financeurs"
      empty="Aucune convention ne correspond."
      minTableWidth={760}
      columns={[
        {
          key: 'nom',
          header: 'Convention',
          render: (c) => (
            <Anchor component={Link} to={paths.convention(c.id)} fw={600}>
              {c.nom}
            </Anchor>
          ),
        },
        { key: 'financeur', header: 'Financeur', render: (c) => c.partenaire.nom },
        { key: 'periode', header: 'Période', render: periodeLabel },
        { key: 'perimetre', header: 'Périmètre', render: perimetreLabel },
        { key: 'objectifs', header: 'Objectifs', render: (c) => c.objectifs.length },
      ]}
    />
  );
}
