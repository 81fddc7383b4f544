import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { partenairesQueryOptions } from '../../features/partenaires/api/get-partenaires';
import {
  type SignalementFilters as Filters,
  useCarte,
  useSignalements,
} from '../../features/signalements/api/signalements';
import { SignalementFilters } from '../../features/signalements/components/signalement-filters';
import { SignalementsMap } from '../../features/signalements/components/signalements-map';
import { paths } from '../../lib/paths';

/** The map of signalements over the QPV perimeters, filtered by status, category, partner, age. */
export function SignalementsCartePage() {
  const [filters, setFilters] = useState<Filters>({
    statut: null,
    categorie: null,
    partenaireId: null,
    ageMaxJours: 90,
  });
  const carte = useCarte();
  const list = useSignalements(filters);
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
          partenaires={(partenaires.data ?? []).map((p) => ({ value: p.id, label: p.nom }))}
        />
        <Text size="sm" aria-live="polite">
          {list.data ? `${list.data.length} signalement(s) affiché(s)` : ''}
        </Text>
        <QueryState query={carte} label="la carte">
          {(c) => (
            <SignalementsMap
              perimetres={c.perimetres}
              tileUrl={c.tileUrl}
              attribution={c.attribution}
              points={list.data ?? []}
              href={paths.signalement}
            />
          )}
        </QueryState>
      </Stack>
    </>
  );
}
