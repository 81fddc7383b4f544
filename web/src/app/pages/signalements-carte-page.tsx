import { PAR_PAGE_MAX } from '@domain/liste';
import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { PageHeader } from '../../components/ui/page-header';
import { PagedList } from '../../components/ui/paged-list';
import { QueryState } from '../../components/ui/query-state';
import { partenairesQueryOptions } from '../../features/partenaires/api/get-partenaires';
import { useCarte } from '../../features/signalements/api/get-carte';
import {
  type SignalementFilters as Filters,
  useSignalements,
} from '../../features/signalements/api/get-signalements';
import { SignalementFilters } from '../../features/signalements/components/signalement-filters';
import { SignalementsMap } from '../../features/signalements/components/signalements-map';
import { paths } from '../../lib/paths';
import { partenaireOptions } from '../../lib/reference-options';

/** The map of signalements over the QPV perimeters, filtered by status, category, partner, age. */
export function SignalementsCartePage() {
  const [filters, setFilters] = useState<Filters>({
    statut: 'ouverts',
    categorie: null,
    partenaireId: null,
    ageMaxJours: 90,
  });
  const carte = useCarte();
  // The map takes the largest page: points are light, and « Voir plus » adds the next ones.
  const list = useSignalements(filters, PAR_PAGE_MAX);
  const partenaires = useQuery(partenairesQueryOptions());
  return (
    <>
      <PageHeader
        title="Carte des signalements"
        description="Points colorés par statut, sur les périmètres officiels des QPV."
      />
      <Stack gap="sm">
        <SignalementFilters
          value={filters}
          onChange={setFilters}
          partenaires={partenaireOptions(partenaires.data)}
        />
        <QueryState query={carte} label="la carte">
          {(c) => (
            <PagedList
              query={list}
              label="les signalements"
              noun={['signalement', 'signalements']}
              empty="Aucun signalement ne correspond à ces filtres."
            >
              {(points) => (
                <SignalementsMap
                  perimetres={c.perimetres}
                  tileUrl={c.tileUrl}
                  attribution={c.attribution}
                  points={points}
                  href={paths.signalement}
                />
              )}
            </PagedList>
          )}
        </QueryState>
      </Stack>
    </>
  );
}
