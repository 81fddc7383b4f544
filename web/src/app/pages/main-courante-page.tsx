import { canImportMainCourante } from '@domain/main-courante/activite.rules';
import { STATUTS_FILTRE } from '@domain/main-courante/main-courante.taxonomies';
import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { PagedList } from '../../components/ui/paged-list';
import { useIsDesktop } from '../../components/ui/use-is-desktop';
import { type ActiviteFilters, useActivites } from '../../features/main-courante/api/get-activites';
import { useMediateurs } from '../../features/main-courante/api/get-mediateurs';
import { exportUrl } from '../../features/main-courante/api/keys';
import {
  ActiviteFiltersBar,
  type Periode,
  periodeRange,
} from '../../features/main-courante/components/activite-filters';
import { ActiviteList } from '../../features/main-courante/components/activite-list';
import { useTerritoires } from '../../features/territoires/api/get-territoires';
import { todayParis } from '../../lib/dates';
import { paths } from '../../lib/paths';
import { queryDay, queryEnum } from '../../lib/url-filters';
import { useSession } from '../session';

/** The main courante by day or by week, filtered, for the team and the coordination. */
export function MainCourantePage() {
  const me = useSession();
  // The week on a desktop, the day on a phone (a week of cards is a long scroll at 360 px).
  const isDesktop = useIsDesktop();
  // `?statut=a_revoir&vue=semaine&jour=…` comes from the counts of « Aujourd'hui ».
  const [params] = useSearchParams();
  const [periode, setPeriode] = useState<Periode>(() => ({
    vue: queryEnum(params, 'vue', ['jour', 'semaine'] as const) ?? (isDesktop ? 'semaine' : 'jour'),
    jour: queryDay(params, 'jour') ?? todayParis(),
  }));
  const [filters, setFilters] = useState<ActiviteFilters>(() => {
    const statut = queryEnum(params, 'statut', STATUTS_FILTRE);
    return statut ? { statut } : {};
  });
  const range = periodeRange(periode);
  const list = useActivites({ ...filters, ...range });
  const territoires = useTerritoires();
  const mediateurs = useMediateurs();
  return (
    <>
      <PageHeader
        title="Main courante"
        description="Les tournées, permanences et présences de l’équipe, jour par jour."
        action={
          <Group gap="xs">
            {me.role === 'mediateur' || me.role === 'coordinateur' ? (
              <Button component={Link} to={paths.tournee} size="sm">
                Tournée
              </Button>
            ) : null}
            <Button component={Link} to={paths.observations} variant="light" size="sm">
              Observations
            </Button>
            {canImportMainCourante(me) ? (
              <>
                <Button component={Link} to={paths.mainCouranteImport} variant="light" size="sm">
                  Importer
                </Button>
                <Button component="a" href={exportUrl(range.du, range.au)} variant="light" size="sm" download>
                  Exporter (CSV)
                </Button>
              </>
            ) : null}
          </Group>
        }
      />
      <Stack gap="md">
        <ActiviteFiltersBar
          periode={periode}
          onPeriode={setPeriode}
          filters={filters}
          onFilters={setFilters}
          territoires={territoires.data ?? []}
          mediateurs={mediateurs.data ?? []}
        />
        <PagedList
          query={list}
          label="la main courante"
          noun={['activité', 'activités']}
          empty="Aucune activité sur cette période avec ces filtres."
        >
          {(items, data) => <ActiviteList items={items} totaux={data.first.totaux} href={paths.activite} />}
        </PagedList>
      </Stack>
    </>
  );
}
