import { canCaptureSignalement, canManageSignalements } from '@domain/signalements/signalement.rules';
import { STATUTS } from '@domain/signalements/signalement.taxonomies';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { PagedList } from '../../components/ui/paged-list';
import { partenairesQueryOptions } from '../../features/partenaires/api/get-partenaires';
import {
  type SignalementFilters as Filters,
  useSignalements,
} from '../../features/signalements/api/get-signalements';
import { SignalementFilters } from '../../features/signalements/components/signalement-filters';
import { SignalementList } from '../../features/signalements/components/signalement-list';
import { paths } from '../../lib/paths';
import { partenaireOptions } from '../../lib/reference-options';
import { queryEnum, queryFlag } from '../../lib/url-filters';
import { useSession } from '../session';

/** Signalements the reader may see: the team's territories, or what is routed to a partner. */
export function SignalementsPage() {
  const me = useSession();
  const isPartner = me.role === 'partenaire';
  // `?statut=`, `?ouverts=false` and `?miens=true` come from the counts of « Aujourd'hui ».
  const [params] = useSearchParams();
  const [filters, setFilters] = useState<Filters>(() => ({
    statut:
      queryEnum(params, 'statut', STATUTS) ?? (queryFlag(params, 'ouverts') === false ? 'tous' : 'ouverts'),
    categorie: null,
    partenaireId: null,
    ageMaxJours: null,
    miens: queryFlag(params, 'miens') ?? false,
  }));
  const list = useSignalements(filters);
  const partenaires = useQuery({ ...partenairesQueryOptions(), enabled: !isPartner });
  return (
    <>
      <PageHeader
        title={isPartner ? 'Signalements à traiter' : 'Signalements'}
        description={
          isPartner
            ? 'Les dysfonctionnements que l’équipe de médiation vous a transmis. Indiquez leur prise en compte puis leur résolution.'
            : 'Dysfonctionnements relevés sur le terrain, orientés vers le partenaire en charge.'
        }
        action={
          canCaptureSignalement(me) ? (
            <Button component={Link} to={paths.signalementNouveau}>
              Nouveau signalement
            </Button>
          ) : undefined
        }
      />
      <Stack gap="sm">
        <Group gap="xs">
          <Button component={Link} to={paths.signalementsDelais} variant="light" size="xs">
            Délais par partenaire
          </Button>
          {!isPartner ? (
            <Button component={Link} to={paths.signalementsCarte} variant="light" size="xs">
              Carte
            </Button>
          ) : null}
          {canManageSignalements(me) ? (
            <Button component={Link} to={paths.signalementsReglages} variant="light" size="xs">
              Réglages
            </Button>
          ) : null}
        </Group>
        <SignalementFilters
          value={filters}
          onChange={setFilters}
          partenaires={isPartner ? null : partenaireOptions(partenaires.data)}
        />
        {filters.miens ? (
          <Group gap="xs">
            <Text size="sm" fw={600}>
              Seulement les signalements que vous avez faits.
            </Text>
            <Button
              variant="subtle"
              size="compact-md"
              onClick={() => setFilters({ ...filters, miens: false })}
            >
              Voir ceux de l’équipe
            </Button>
          </Group>
        ) : null}
        <PagedList
          query={list}
          label="les signalements"
          noun={['signalement', 'signalements']}
          empty="Aucun signalement ne correspond à ces filtres."
        >
          {(rows) => <SignalementList rows={rows} href={paths.signalement} />}
        </PagedList>
      </Stack>
    </>
  );
}
