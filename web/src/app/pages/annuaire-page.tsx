import { canManageStructure } from '@domain/auth/roles';
import { Stack, Switch } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { PageHeader } from '../../components/ui/page-header';
import { PagedList } from '../../components/ui/paged-list';
import { EMPTY_FILTERS, useServices } from '../../features/annuaire/api/get-services';
import { PartnerLink } from '../../features/annuaire/components/partner-link';
import { ServiceCard } from '../../features/annuaire/components/service-card';
import { ServiceFilters } from '../../features/annuaire/components/service-filters';
import { usePartenaires } from '../../features/partenaires/api/get-partenaires';
import { useTerritoires } from '../../features/territoires/api/get-territoires';
import { partenaireOptions } from '../../lib/reference-options';
import { useSession } from '../session';

/**
 * The directory of local services (data·inclusion): it opens on search. Importing a file is in
 * the administration (/admin/structure); linking services to partners waits behind a switch.
 */
export function AnnuairePage() {
  const me = useSession();
  const manage = canManageStructure(me);
  const partenaires = usePartenaires();
  const partnerOptions = manage ? partenaireOptions(partenaires.data) : [];
  const [filters, setFilters] = useState(EMPTY_FILTERS);
  // Linking services to partners is configuration: off by default, a coordinator turns it on.
  const [configurer, setConfigurer] = useState(false);
  const deferred = useDeferredValue(filters);
  const services = useServices(deferred);
  const territoires = useTerritoires();
  const qpvOptions = (territoires.data ?? []).map((t) => ({
    value: t.qpvCode,
    label: `${t.nom} (${t.qpvCode})`,
  }));
  return (
    <>
      <PageHeader title="Annuaire" description="Les services vers lesquels orienter une personne." />
      <Stack gap="md">
        <ServiceFilters value={filters} onChange={setFilters} qpvOptions={qpvOptions} />
        {manage ? (
          <Switch
            size="md"
            label="Relier les services aux partenaires"
            checked={configurer}
            onChange={(e) => setConfigurer(e.currentTarget.checked)}
          />
        ) : null}
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
                  action={
                    manage && configurer ? (
                      <PartnerLink service={s} partnerOptions={partnerOptions} />
                    ) : undefined
                  }
                />
              ))}
            </Stack>
          )}
        </PagedList>
      </Stack>
    </>
  );
}
