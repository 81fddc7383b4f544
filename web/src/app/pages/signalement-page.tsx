import { canManageSignalements } from '@domain/signalements/signalement.rules';
import { Card, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { partenairesQueryOptions } from '../../features/partenaires/api/get-partenaires';
import { useChangeStatut } from '../../features/signalements/api/change-statut';
import { useSignalement } from '../../features/signalements/api/get-signalement';
import { photoUrl } from '../../features/signalements/api/keys';
import { SignalementDetailView } from '../../features/signalements/components/signalement-detail';
import { StatutActions } from '../../features/signalements/components/statut-actions';
import { TransmissionForm } from '../../features/signalements/components/transmission-form';
import { partenaireOptions } from '../../lib/reference-options';
import { useSession } from '../session';

/** One signalement: detail, history; the team or the partner moves its status on. */
export function SignalementPage() {
  const { id = '' } = useParams();
  const me = useSession();
  const query = useSignalement(id);
  const change = useChangeStatut(id);
  const manages = canManageSignalements(me);
  const partenaires = useQuery({ ...partenairesQueryOptions(), enabled: manages });
  return (
    <>
      <PageHeader title="Signalement" />
      <QueryState query={query} label="le signalement">
        {(s) => (
          <Stack gap="lg">
            <SignalementDetailView s={s} photoSrc={(p) => photoUrl(s.id, p)} />
            {me.role !== 'lecteur' ? (
              <Card withBorder component="section" aria-labelledby="suite">
                <Title order={2} size="h4" id="suite" mb="xs">
                  Mettre à jour
                </Title>
                <StatutActions
                  statut={s.statut}
                  who={me.role === 'partenaire' ? 'partenaire' : 'equipe'}
                  onSubmit={(input, sent) => change.mutate(input, { onSuccess: sent })}
                  pending={change.isPending}
                  error={change.error}
                  doublonDe={s}
                />
              </Card>
            ) : null}
            {manages && (s.statut === 'nouveau' || s.statut === 'transmis') ? (
              <Card withBorder component="section" aria-labelledby="transmission">
                <Title order={2} size="h4" id="transmission" mb="xs">
                  Transmission
                </Title>
                <TransmissionForm
                  signalementId={s.id}
                  current={s.partenaireId}
                  partenaires={partenaireOptions(partenaires.data)}
                />
              </Card>
            ) : null}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
