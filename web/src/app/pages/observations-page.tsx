import { canTreatObservation } from '@domain/main-courante/activite.rules';
import { canCaptureSignalement } from '@domain/signalements/signalement.rules';
import { canOpenSituation } from '@domain/situations/situation.rules';
import { SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { FormAlert } from '../../components/ui/form-alert';
import { PageHeader } from '../../components/ui/page-header';
import { PagedList } from '../../components/ui/paged-list';
import { useObservations } from '../../features/main-courante/api/get-observations';
import { useTraiterObservation } from '../../features/main-courante/api/traiter-observation';
import { ObservationList } from '../../features/main-courante/components/observation-list';
import { errorMessage } from '../../lib/api-client';
import { paths } from '../../lib/paths';
import { useSession } from '../session';

/** Veille sociale: what the team saw in the street, flagged for the coordination. */
export function ObservationsPage() {
  const me = useSession();
  const [nonTraitees, setNonTraitees] = useState(true);
  const list = useObservations(nonTraitees);
  const traiter = useTraiterObservation();
  return (
    <>
      <PageHeader
        title="Observations de veille sociale"
        description="Signalées à la coordination jusqu’à ce qu’elles soient traitées. Chacune peut ouvrir un signalement ou une situation."
      />
      <Stack gap="sm">
        <SegmentedControl
          aria-label="Observations affichées"
          value={nonTraitees ? 'a_traiter' : 'toutes'}
          onChange={(v) => setNonTraitees(v === 'a_traiter')}
          data={[
            { value: 'a_traiter', label: 'À traiter' },
            { value: 'toutes', label: 'Toutes' },
          ]}
        />
        <FormAlert message={traiter.error ? errorMessage(traiter.error) : null} />
        <PagedList
          query={list}
          label="les observations"
          noun={
            nonTraitees
              ? ['observation à traiter', 'observations à traiter']
              : ['observation', 'observations']
          }
          empty={nonTraitees ? 'Aucune observation à traiter.' : 'Aucune observation.'}
        >
          {(items) => (
            <ObservationList
              items={items}
              suites={{
                activite: paths.activite,
                nouveauSignalement: canCaptureSignalement(me) ? paths.signalementNouveau : null,
                signalement: paths.signalement,
                nouvelleSituation: canOpenSituation(me)
                  ? (id) => paths.situationDepuis('observation', id)
                  : null,
                situation: paths.situation,
              }}
              onTraiter={canTreatObservation(me) ? (id) => traiter.mutate(id) : null}
              pendingId={traiter.isPending ? (traiter.variables ?? null) : null}
            />
          )}
        </PagedList>
      </Stack>
    </>
  );
}
