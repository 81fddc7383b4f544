import { Alert, Card, Container, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { QueryState } from '../../components/ui/query-state';
import { useLienStatut } from '../../features/signalements/api/change-lien-statut';
import { useLien } from '../../features/signalements/api/get-lien';
import { lienPhotoUrl } from '../../features/signalements/api/keys';
import { SignalementDetailView } from '../../features/signalements/components/signalement-detail';
import { StatutActions } from '../../features/signalements/components/statut-actions';
import { formatDate } from '../../lib/dates';

/** The page a partner opens from the e-mail: one signalement, its status, no account. */
export function SignalementLienPage() {
  const { token = '' } = useParams();
  const lien = useLien(token);
  const change = useLienStatut(token);
  useEffect(() => {
    document.title = 'Signalement transmis · Trame';
  }, []);
  return (
    <Container size="sm" py="md" component="main">
      {/* The token is in this address: no page it links to may learn it (the server says so too). */}
      <meta name="referrer" content="no-referrer" />
      <Stack gap="md">
        <Title order={1} size="h2">
          Signalement transmis
        </Title>
        <QueryState query={lien} label="le signalement">
          {(data) => (
            <Stack gap="md">
              <Text size="sm">
                Pour {data.partenaireNom}. Lien personnel valable jusqu’au {formatDate(data.expireLe)} : ne le
                transférez pas.
              </Text>
              <SignalementDetailView s={data.signalement} photoSrc={(p) => lienPhotoUrl(token, p)} />
              <Card withBorder component="section" aria-labelledby="suite">
                <Title order={2} size="h4" id="suite" mb="xs">
                  Indiquer où vous en êtes
                </Title>
                <StatutActions
                  statut={data.signalement.statut}
                  who="partenaire"
                  onSubmit={(input, sent) => change.mutate(input, { onSuccess: sent })}
                  pending={change.isPending}
                  error={change.error}
                />
                {change.isSuccess ? (
                  <Alert color="green" variant="light" mt="xs" role="status">
                    Merci, c’est enregistré.
                  </Alert>
                ) : null}
              </Card>
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Container>
  );
}
