import { canCreateProjet } from '@domain/projets/projet.rules';
import { PROJET_STATUTS } from '@domain/projets/projet.taxonomies';
import { Button, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { PagedList } from '../../components/ui/paged-list';
import {
  type ProjetFilters as Filters,
  type ProjetOnglet,
  useProjets,
  useProjetsComptes,
} from '../../features/projets/api/get-projets';
import { ProjetFilters } from '../../features/projets/components/projet-filters';
import { ProjetList } from '../../features/projets/components/projet-list';
import { territoiresQueryOptions } from '../../features/territoires/api/get-territoires';
import { paths } from '../../lib/paths';
import { territoireOptions } from '../../lib/reference-options';
import { queryEnum } from '../../lib/url-filters';
import { useSession } from '../session';

const ONGLETS: readonly ProjetOnglet[] = ['ouverts', 'tous', ...PROJET_STATUTS];

/** Residents' projects by status (open ones first), searchable by title and QPV; the filters live in the address. */
export function ProjetsPage() {
  const me = useSession();
  const [params, setParams] = useSearchParams();
  const filters: Filters = {
    onglet: queryEnum(params, 'statut', ONGLETS) ?? 'ouverts',
    q: params.get('q') ?? '',
    territoireId: params.get('territoireId'),
  };
  const setFilters = (f: Filters) =>
    setParams(
      Object.fromEntries(
        Object.entries({
          statut: f.onglet === 'ouverts' ? '' : f.onglet,
          q: f.q,
          territoireId: f.territoireId ?? '',
        }).filter(([, v]) => v !== ''),
      ),
      { replace: true },
    );
  const [q] = useDebouncedValue(filters.q, 300);
  const projets = useProjets({ ...filters, q });
  const comptes = useProjetsComptes({ q, territoireId: filters.territoireId });
  const territoires = useQuery(territoiresQueryOptions);
  const qpv = new Map((territoires.data ?? []).map((t) => [t.id, t.nom]));
  return (
    <>
      <PageHeader
        title="Projets d’habitants"
        description="Les projets portés par des habitant·es et accompagnés par l’équipe : étapes, heures de médiation et financements."
        action={
          canCreateProjet(me) ? (
            <Button component={Link} to={paths.projetNouveau()}>
              Nouveau projet
            </Button>
          ) : null
        }
      />
      <Stack gap="md">
        <ProjetFilters
          value={filters}
          onChange={setFilters}
          comptes={comptes}
          territoires={territoireOptions(territoires.data)}
        />
        <PagedList
          query={projets}
          label="les projets"
          noun={['projet', 'projets']}
          empty={
            filters.q || filters.territoireId || filters.onglet !== 'ouverts'
              ? 'Aucun projet ne correspond à ces filtres.'
              : 'Aucun projet en cours pour l’instant.'
          }
        >
          {(list) => <ProjetList projets={list} qpvNom={(id) => qpv.get(id) ?? '—'} />}
        </PagedList>
      </Stack>
    </>
  );
}
