import { MODE_CONSENTEMENT_LIST } from '@domain/accueil/accueil.taxonomies';
import type { ConsentementRegistre } from '@domain/confidentialite/confidentialite.schema';
import { jourFr } from '@domain/time/paris';
import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { DataList } from '../../../components/ui/data-list';
import { formatDateTime } from '../../../lib/dates';
import { paths } from '../../../lib/paths';

/** The consent register: who consented to what, when, recorded by whom, and withdrawn when. */
export function ConsentementsList({ rows }: { rows: ConsentementRegistre[] }) {
  return (
    <DataList
      rows={rows}
      rowKey={(c) => c.id}
      caption="Registre des consentements"
      columns={[
        {
          key: 'personne',
          header: 'Personne',
          render: (c) => (
            <Anchor component={Link} to={paths.personne(c.personneId)}>
              {c.pseudonyme}
            </Anchor>
          ),
        },
        { key: 'donne', header: 'Donné le', render: (c) => jourFr(c.donneLe) },
        { key: 'finalite', header: 'Pour', render: (c) => c.finalite },
        { key: 'mode', header: 'Forme', render: (c) => MODE_CONSENTEMENT_LIST.label(c.mode) },
        {
          key: 'partage',
          header: 'Partage',
          render: (c) => (c.partagePartenaires ? 'Avec les partenaires' : 'Non'),
        },
        {
          key: 'par',
          header: 'Enregistré par',
          render: (c) => `${c.enregistrePar ?? 'Compte supprimé'}, le ${formatDateTime(c.enregistreLe)}`,
        },
        {
          key: 'retire',
          header: 'Retiré le',
          render: (c) => (c.retireLe ? formatDateTime(c.retireLe) : '—'),
        },
      ]}
    />
  );
}
