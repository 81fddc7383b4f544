import { canRecordAccueil } from '@domain/accueil/accueil.rules';
import { TRANCHE_AGE_LABELS } from '@domain/accueil/accueil.taxonomies';
import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { DataList } from '../../components/ui/data-list';
import { FormModal } from '../../components/ui/form-modal';
import { PageHeader } from '../../components/ui/page-header';
import { PagedList } from '../../components/ui/paged-list';
import { usePersonnes } from '../../features/accueil/api/get-personnes';
import { PersonneForm } from '../../features/accueil/components/personne-form';
import { useTerritoires } from '../../features/territoires/api/get-territoires';
import { formatDate } from '../../lib/dates';
import { paths } from '../../lib/paths';
import { territoireOptions } from '../../lib/reference-options';
import { useSession } from '../session';

/** Person files, by pseudonym: identity is only shown in a file, and that read is logged. */
export function PersonnesPage() {
  const me = useSession();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const list = usePersonnes(useDeferredValue(q));
  const territoires = useTerritoires();
  const [creating, setCreating] = useState(false);
  const qpvOptions = territoireOptions(territoires.data);
  const qpvName = (id: string) => qpvOptions.find((o) => o.value === id)?.label ?? '—';
  return (
    <>
      <PageHeader
        title="Personnes"
        description="Fiches pseudonymes. L’identité n’est enregistrée qu’avec le consentement de la personne."
        action={
          canRecordAccueil(me) ? (
            <Button onClick={() => setCreating(true)}>Créer une fiche</Button>
          ) : undefined
        }
      />
      <Stack gap="sm">
        <TextInput
          label="Rechercher un pseudonyme"
          type="search"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          maw={360}
        />
        <PagedList
          query={list}
          label="les fiches"
          noun={['fiche', 'fiches']}
          empty={q.trim() ? 'Aucune fiche ne correspond à cette recherche.' : 'Aucune fiche pour l’instant.'}
        >
          {(rows) => (
            <DataList
              rows={rows}
              rowKey={(p) => p.id}
              caption="Fiches personnes"
              empty="Aucune fiche."
              columns={[
                {
                  key: 'pseudo',
                  header: 'Pseudonyme',
                  render: (p) => (
                    <Anchor component={Link} to={paths.personne(p.id)}>
                      {p.pseudonyme}
                    </Anchor>
                  ),
                },
                { key: 'qpv', header: 'QPV', render: (p) => qpvName(p.territoireId) },
                { key: 'age', header: 'Âge', render: (p) => TRANCHE_AGE_LABELS[p.trancheAge] },
                { key: 'creee', header: 'Créée le', render: (p) => formatDate(p.creeLe) },
              ]}
            />
          )}
        </PagedList>
      </Stack>
      <FormModal opened={creating} onClose={() => setCreating(false)} title="Créer une fiche" size="lg">
        {creating ? (
          <PersonneForm
            qpvOptions={qpvOptions}
            onCancel={() => setCreating(false)}
            onDone={(p) => navigate(paths.personne(p.id))}
          />
        ) : null}
      </FormModal>
    </>
  );
}
