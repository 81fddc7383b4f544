import { CRENEAU_TYPE_LABELS } from '@domain/planning/planning.taxonomies';
import { parisDate, plageHoraire } from '@domain/time/paris';
import { Alert, Button, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { getActivite } from '../../features/main-courante/api/get-activite';
import { useDerniereTournee } from '../../features/main-courante/api/get-derniere-tournee';
import { useMediateurs } from '../../features/main-courante/api/get-mediateurs';
import { demarrer, reprendre, useLocalTournee } from '../../features/main-courante/api/tournee';
import { DemarrerForm, type DemarrerPrefill } from '../../features/main-courante/components/demarrer-form';
import { OutboxStatus } from '../../features/main-courante/components/outbox-status';
import { TourneeCapture } from '../../features/main-courante/components/tournee-capture';
import { planningQueryOptions } from '../../features/planning/api/get-planning';
import { useTerritoires } from '../../features/territoires/api/get-territoires';
import { errorMessage } from '../../lib/api-client';
import { setOutboxUser, useOutbox } from '../../lib/outbox';
import { paths } from '../../lib/paths';
import { useSession } from '../session';

// Loaded on the first orientation tap only: the capture page stays light (e2e weighs it).
const TourneeOrientation = lazy(() =>
  import('./tournee-orientation').then((m) => ({ default: m.TourneeOrientation })),
);

/** The mediator's street screen: start a tournée, then log contacts in one tap, online or not. */
export function TourneePage() {
  const me = useSession();
  const tournee = useLocalTournee(me.user.id);
  useEffect(() => setOutboxUser(me.user.id), [me.user.id]);
  // The tournée just closed here: its end may still wait in the outbox, never offer to resume it.
  const [ended, setEnded] = useState<string | null>(null);
  if (tournee) {
    return (
      <>
        <PageHeader title="Tournée en cours" />
        <Stack gap="sm">
          <OutboxStatus />
          <TourneeCapture
            tournee={tournee}
            onEnd={() => setEnded(tournee.id)}
            orientation={(p) => (
              <Suspense fallback={<Loader size="sm" aria-label="Chargement" />}>
                <TourneeOrientation {...p} />
              </Suspense>
            )}
          />
        </Stack>
      </>
    );
  }
  return (
    <>
      <PageHeader title={ended ? 'Tournée terminée' : 'Démarrer une tournée'} />
      <Stack gap="sm">
        <OutboxStatus />
        {ended ? (
          <Alert color="green" variant="light" role="status">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">La tournée est close. Merci !</Text>
              <Button component={Link} to={paths.mainCourante} variant="white" size="xs">
                Voir la main courante
              </Button>
            </Stack>
          </Alert>
        ) : null}
        <Demarrer userId={me.user.id} endedId={ended} onStart={() => setEnded(null)} />
      </Stack>
    </>
  );
}

function Demarrer({
  userId,
  endedId,
  onStart,
}: {
  userId: string;
  endedId: string | null;
  onStart: () => void;
}) {
  const derniere = useDerniereTournee();
  const { pending } = useOutbox();
  const { refetch } = derniere;
  // Once everything is sent, ask the server again what is still in progress.
  useEffect(() => {
    if (pending === 0) void refetch();
  }, [pending, refetch]);
  const territoires = useTerritoires();
  const mediateurs = useMediateurs();
  const [resumeError, setResumeError] = useState<string | null>(null);
  const prefill = usePrefill(userId);
  if (prefill === undefined) return <Loader size="sm" aria-label="Chargement du créneau planifié" />;
  return (
    <QueryState query={derniere} label="votre dernière tournée">
      {(d) => (
        <QueryState query={territoires} label="les quartiers">
          {(ts) => (
            <Stack gap="sm">
              {d.enCours && d.enCours.id !== endedId && pending === 0 ? (
                <Alert color="blue" variant="light" title="Une activité est encore en cours">
                  <Button
                    size="sm"
                    mt="xs"
                    onClick={() => {
                      if (!d.enCours) return;
                      getActivite(d.enCours.id)
                        .then((a) => reprendre(userId, a))
                        .catch((e) => setResumeError(errorMessage(e)));
                    }}
                  >
                    Reprendre l’activité en cours
                  </Button>
                  {resumeError ? (
                    <Text size="sm" c="red.9" mt="xs" role="alert">
                      {resumeError}
                    </Text>
                  ) : null}
                </Alert>
              ) : null}
              <DemarrerForm
                userId={userId}
                derniere={d}
                territoires={ts}
                mediateurs={mediateurs.data ?? []}
                prefill={prefill}
                onStart={(input) => {
                  demarrer({ ...input, userId });
                  onStart();
                }}
              />
            </Stack>
          )}
        </QueryState>
      )}
    </QueryState>
  );
}

/**
 * The planned shift named by `?creneau=` (one of the reader's today), as the form's starting
 * point; undefined while it loads, null without one (or when it is not found).
 */
function usePrefill(userId: string): DemarrerPrefill | null | undefined {
  const [params] = useSearchParams();
  const id = params.get('creneau');
  const jour = parisDate(new Date());
  const planning = useQuery({
    ...planningQueryOptions({ du: jour, au: jour, mediateurId: userId }),
    enabled: id !== null,
  });
  if (!id) return null;
  if (planning.isPending) return undefined;
  const c = planning.data?.creneaux.find((x) => x.id === id && x.statut === 'prevu');
  if (!c) return null;
  return {
    creneauId: c.id,
    libelle: `${CRENEAU_TYPE_LABELS[c.type]} ${plageHoraire(c.debut, c.fin)}`,
    cadre: c.type === 'permanence' ? 'permanence' : 'tournee',
    territoireId: c.territoireId ?? '',
    secteurId: c.secteurId,
    mediateurIds: c.mediateurs.map((m) => m.id),
  };
}
