import { canManageConventions } from '@domain/conventions/convention.rules';
import { Button, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { PagedList } from '../../components/ui/paged-list';
import { useConventions } from '../../features/conventions/api/get-conventions';
import {
  ConventionFilters,
  type ConventionFiltersValue,
} from '../../features/conventions/components/convention-filters';
import { ConventionList } from '../../features/conventions/components/convention-list';
import { usePartenaires } from '../../features/partenaires/api/get-partenaires';
import { thisYearParis } from '../../lib/dates';
import { paths } from '../../lib/paths';
import { partenaireOptions } from '../../lib/reference-options';
import { useSession } from '../session';

/** The funders' agreements of the structure, searchable by text, funder and year. */
export function ConventionsPage() {
  const me = useSession();
  const [filters, setFilters] = useState<ConventionFiltersValue>({ q: '', partenaireId: null, annee: null });
  const [q] = useDebouncedValue(filters.q, 300);
  const conventions = useConventions({
    q,
    partenaireId: filters.partenaireId,
    annee: filters.annee ? Number(filters.annee) : null,
  });
  const partenaires = usePartenaires();
  const thisYear = thisYearParis();
  return (
    <>
      <PageHeader
        title="Conventions"
        description="Les conventions des financeurs : périmètre, période et objectifs, avec le réalisé calculé depuis la main courante."
        action={
          canManageConventions(me) ? (
            <Button component={Link} to={paths.conventionNouvelle}>
              Nouvelle convention
            </Button>
          ) : null
        }
      />
      <Stack gap="md">
        <ConventionFilters
          value={filters}
          onChange={setFilters}
          financeurs={partenaireOptions(partenaires.data)}
          annees={Array.from({ length: 6 }, (_, i) => String(thisYear + 1 - i))}
        />
        <PagedList
          query={conventions}
          label="les conventions"
          noun={['convention', 'conventions']}
          empty={
            filters.q || filters.partenaireId || filters.annee
              ? 'Aucune convention ne correspond à ces filtres.'
              : 'Aucune convention pour l’instant.'
          }
        >
          {(list) => <ConventionList conventions={list} />}
        </PagedList>
      </Stack>
    </>
  );
}
