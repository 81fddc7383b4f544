import { canManageStructure } from '@domain/auth/roles';
import { Stack } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { PageHeader } from '../../components/ui/page-header';
import { PagedList } from '../../components/ui/paged-list';
import { EMPTY_FILTERS, useServices } from '../../features/annuaire/api/get-services';
import { ImportPanel } from '../../features/annuaire/components/import-panel';
import { PartnerLink } from '../../features/annuaire/components/partner-link';
import { ServiceCard } from '../../features/annuaire/components/service-card';
import { ServiceFilters } from '../../features/annuaire/components/service-filters';
import { usePartenaires } from '../../features/partenaires/api/get-partenaires';
import { useTerritoires } from '../../features/territoires/api/get-territoires';
import { useSession } from '../session';

/** The directory of local services (data·inclusion), searchable by theme, public, place and hours. */
export function AnnuairePage() {
  const me = useSession();
  const manage = canManageStructure(me);
  const partenaires = usePartenaires();
  const partnerOptions = manage ? (partenaires.data ?? []).map((p) => ({ value: p.id, label: p.nom })) : [];
  const [filters, setFilters] = useState(EMPTY_FILTERS);
  const deferred = useDeferredValue(filters);
  const services = useServices(deferred);
  const territoires = useTerritoires();
  const qpvOptions = (territoires.data ?? []).map((t) => ({
    value: t.qpvCode,
    label: `${t.nom} (${t.qpvCode})`,
  }));
  return (
    <>
      <PageHeader
        title="Annuaire"
        description="Les services vers lesquels orienter, au format national data·inclusion."
      />
      <Stack gap="md">
        {manage ? <ImportPanel /> : null}
        <ServiceFilters value={filters} onChange={setFilters} qpvOptions={qpvOptions} />
        <PagedList
          query={services}
          label="les services"
          noun={['service', 'services']}
          empty="Aucun service ne correspond à ces critères."
        >
          {(rows) => (
            <Stack gap="sm" component="section" aria-label="Services de l’annuaire">
              {rows.map((s) => (
                <ServiceCard
                  key={s.id}
                  service={s}
                  action={manage ? <PartnerLink service={s} partnerOptions={partnerOptions} /> : undefined}
                />
              ))}
            </Stack>
          )}
        </PagedList>
      </Stack>
    </>
  );
}
