import type { ActionView } from '@domain/actions/action.schema';
import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { useAction } from '../../features/actions/api/get-action';
import { ActionForm } from '../../features/actions/components/action-form';
import { mediateursQueryOptions } from '../../features/main-courante/api/get-mediateurs';
import { partenairesQueryOptions } from '../../features/partenaires/api/get-partenaires';
import { projetQueryOptions } from '../../features/projets/api/get-projet';
import { useTerritoires } from '../../features/territoires/api/get-territoires';
import { paths } from '../../lib/paths';
import { lieuOptions, partenaireOptions } from '../../lib/reference-options';
import { useSession } from '../session';

/** The form with its reference lists: QPV and their places, mediators, partners. */
function ActionFormLoaded({
  action,
  projetId = null,
}: {
  action: ActionView | null;
  projetId?: string | null;
}) {
  const me = useSession();
  const navigate = useNavigate();
  const territoires = useTerritoires();
  const mediateurs = useQuery(mediateursQueryOptions);
  const partenaires = useQuery(partenairesQueryOptions());
  const refs = {
    data: territoires.data && mediateurs.data && partenaires.data ? territoires.data : undefined,
    error: territoires.error ?? mediateurs.error ?? partenaires.error,
    isPending: territoires.isPending || mediateurs.isPending || partenaires.isPending,
    refetch: () => Promise.all([territoires.refetch(), mediateurs.refetch(), partenaires.refetch()]),
  };
  return (
    <QueryState query={refs} label="les quartiers, l’équipe et les partenaires">
      {(rows) => (
        <ActionForm
          action={action}
          userId={me.user.id}
          mediator={me.role === 'mediateur'}
          qpvOptions={rows.map((t) => ({ value: t.id, label: t.nom, lieux: lieuOptions(t) }))}
          mediateurOptions={(mediateurs.data ?? []).map((m) => ({
            value: m.id,
            label: `${m.prenom} ${m.nom}`,
          }))}
          partenaireOptions={partenaireOptions(partenaires.data)}
          projetId={projetId}
          onDone={(a) => navigate(paths.action(a.id))}
          onCancel={() => navigate(action ? paths.action(action.id) : paths.actions)}
        />
      )}
    </QueryState>
  );
}

/** The project a new action serves (`?projet=`), named above the form. */
function PourProjet({ id }: { id: string }) {
  const projet = useQuery({ ...projetQueryOptions(id), retry: false });
  return (
    <Text mb="sm">
      {projet.data ? `Pour le projet d’habitants « ${projet.data.titre} ».` : 'Pour un projet d’habitants.'}
    </Text>
  );
}

/** `/actions/nouvelle` (`?projet=<id>`: an action serving that residents' project). */
export function ActionNouvellePage() {
  const [params] = useSearchParams();
  const projetId = params.get('projet');
  return (
    <>
      <PageHeader
        title="Nouvelle action collective"
        description="Un atelier, une réunion d’habitants, une fête de quartier… Les champs marqués * sont obligatoires."
      />
      {projetId ? <PourProjet id={projetId} /> : null}
      <ActionFormLoaded action={null} projetId={projetId} />
    </>
  );
}

/** `/actions/:id/modifier`: every change is kept in the journal. */
export function ActionModifierPage() {
  const { id = '' } = useParams();
  const action = useAction(id);
  return (
    <>
      <PageHeader title="Modifier l’action" />
      <QueryState query={action} label="l’action">
        {(a) => <ActionFormLoaded action={a} />}
      </QueryState>
    </>
  );
}
