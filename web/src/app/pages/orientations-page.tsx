import { canReadAccueil, canRecordAccueil } from '@domain/accueil/accueil.rules';
import { Alert, Button, Checkbox, Group, Select, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { PagedList } from '../../components/ui/paged-list';
import { QueryState } from '../../components/ui/query-state';
import { useOrientationStats } from '../../features/accueil/api/get-orientation-stats';
import {
  type OrientationFilters,
  type StatutFiltre,
  useOrientations,
} from '../../features/accueil/api/get-orientations';
import { useOrientationsARelancer } from '../../features/accueil/api/get-orientations-a-relancer';
import { usePartnerOrientations } from '../../features/accueil/api/get-partner-orientations';
import { STATUT_FILTRE_OPTIONS } from '../../features/accueil/components/options';
import { OrientationList } from '../../features/accueil/components/orientation-list';
import { OrientationStats } from '../../features/accueil/components/orientation-stats';
import { PartnerOrientationCard } from '../../features/accueil/components/partner-orientation-card';
import { queryFlag } from '../../lib/url-filters';
import { useSession } from '../session';

function PartnerView() {
  const [statut, setStatut] = useState<StatutFiltre>('proposee');
  const list = usePartnerOrientations(statut);
  return (
    <>
      <PageHeader
        title="Orientations reçues"
        description="Les personnes que la médiation vous a orientées. Dites-nous ce qu’il en est : acceptée, refusée ou aboutie."
      />
      <Stack gap="sm">
        <Select
          label="Statut"
          data={STATUT_FILTRE_OPTIONS}
          value={statut}
          onChange={(s) => setStatut((s as StatutFiltre | null) ?? 'ouvertes')}
          allowDeselect={false}
          maw={320}
        />
        <PagedList
          query={list}
          label="vos orientations"
          noun={['orientation', 'orientations']}
          empty="Aucune orientation à afficher."
        >
          {(rows) => (
            <Stack gap="sm">
              {rows.map((o) => (
                <PartnerOrientationCard key={o.id} o={o} />
              ))}
            </Stack>
          )}
        </PagedList>
      </Stack>
    </>
  );
}

function StaffView() {
  const me = useSession();
  const [params] = useSearchParams();
  // `?aRelancer=true` comes from the counts of « Aujourd'hui ».
  const [filters, setFilters] = useState<OrientationFilters>(() => {
    const aRelancer = queryFlag(params, 'aRelancer') ?? false;
    return { statut: aRelancer ? 'toutes' : 'ouvertes', aRelancer };
  });
  const list = useOrientations(filters);
  const reminders = useOrientationsARelancer().data ?? 0;
  const stats = useOrientationStats();
  return (
    <>
      <PageHeader
        title="Orientations"
        description="Où les personnes ont été orientées, et si cela a abouti des plus récentes aux plus anciennes."
      />
      <Stack gap="lg">
        {reminders > 0 && !filters.aRelancer ? (
          <Alert color="yellow" variant="light" title="Orientations à relancer" role="status">
            <Stack gap="xs" align="flex-start">
              {reminders.toLocaleString('fr-FR')} orientation(s) sans nouvelles depuis le délai de relance de
              la structure.
              <Button
                size="compact-sm"
                variant="white"
                onClick={() => setFilters({ statut: 'toutes', aRelancer: true })}
              >
                Les afficher
              </Button>
            </Stack>
          </Alert>
        ) : null}
        {canReadAccueil(me) ? (
          <Stack gap="xs" component="section" aria-labelledby="reussite">
            <Title order={2} size="h4" id="reussite">
              Réussite par partenaire
            </Title>
            <QueryState query={stats} label="les statistiques">
              {(rows) => <OrientationStats rows={rows} />}
            </QueryState>
          </Stack>
        ) : null}
        <Stack gap="sm" component="section" aria-labelledby="liste-orientations">
          <Title order={2} size="h4" id="liste-orientations">
            Suivi des orientations
          </Title>
          <Group gap="md" align="flex-end" wrap="wrap">
            <Select
              label="Statut"
              data={STATUT_FILTRE_OPTIONS}
              value={filters.statut}
              onChange={(s) => setFilters({ ...filters, statut: (s as StatutFiltre | null) ?? 'ouvertes' })}
              allowDeselect={false}
              maw={320}
            />
            <Checkbox
              label="À relancer seulement"
              checked={filters.aRelancer}
              onChange={(e) => setFilters({ ...filters, aRelancer: e.currentTarget.checked })}
              size="md"
            />
          </Group>
          <PagedList
            query={list}
            label="les orientations"
            noun={['orientation', 'orientations']}
            empty="Aucune orientation ne correspond à ces filtres."
          >
            {(rows) => <OrientationList rows={rows} canEdit={canRecordAccueil(me)} />}
          </PagedList>
        </Stack>
      </Stack>
    </>
  );
}

/** Staff follow the orientations; a partner sees and answers those addressed to it. */
export function OrientationsPage() {
  const me = useSession();
  return me.role === 'partenaire' ? <PartnerView /> : <StaffView />;
}
