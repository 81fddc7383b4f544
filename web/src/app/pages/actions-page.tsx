import { canWriteActions } from '@domain/actions/action.rules';
import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { PagedList } from '../../components/ui/paged-list';
import {
  ACTION_FILTERS_DEFAUT,
  type ActionFilters as Filters,
  useActions,
} from '../../features/actions/api/get-actions';
import { ActionFilters } from '../../features/actions/components/action-filters';
import { ActionList } from '../../features/actions/components/action-list';
import { useTerritoires } from '../../features/territoires/api/get-territoires';
import { paths } from '../../lib/paths';
import { territoireOptions } from '../../lib/reference-options';
import { useSession } from '../session';

/** Workshops, meetings, parties… of the reader's QPV: from 30 days ago and all those to come by default. */
export function ActionsPage() {
  const me = useSession();
  const [filters, setFilters] = useState<Filters>(ACTION_FILTERS_DEFAUT);
  const list = useActions(filters);
  const territoires = useTerritoires();
  return (
    <>
      <PageHeader
        title="Actions collectives"
        description="Ateliers, réunions d’habitants, fêtes de quartier, sensibilisations : leur public compté à l’entrée et leur évaluation. Sans filtre de dates : depuis 30 jours et toutes celles à venir."
        action={
          canWriteActions(me) ? (
            <Button component={Link} to={paths.actionNouvelle}>
              Nouvelle action
            </Button>
          ) : undefined
        }
      />
      <Stack gap="sm">
        <ActionFilters
          value={filters}
          onChange={setFilters}
          qpvOptions={territoireOptions(territoires.data)}
        />
        <PagedList
          query={list}
          label="les actions"
          noun={['action', 'actions']}
          empty="Aucune action ne correspond à ces filtres."
        >
          {(rows) => <ActionList rows={rows} href={paths.action} />}
        </PagedList>
      </Stack>
    </>
  );
}
