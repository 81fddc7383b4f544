import { Text } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { useComptage } from '../../features/actions/api/comptage';
import { useAction } from '../../features/actions/api/get-action';
import { useParticipation } from '../../features/actions/api/get-participation';
import { ComptagePanel } from '../../features/actions/components/comptage-panel';
import { paths } from '../../lib/paths';
import { useSession } from '../session';

/**
 * `/actions/:id/comptage`: counting at the door, offline too. The tally kept on this phone
 * opens the page without network (a reload included); without it, the server's counts are the start.
 */
export function ActionComptagePage() {
  const { id = '' } = useParams();
  const me = useSession();
  const navigate = useNavigate();
  const local = useComptage(me.user.id, id);
  const action = useAction(id);
  const participation = useParticipation(id);
  const titre = action.data?.titre ?? local?.titre ?? '';
  const panel = (
    <ComptagePanel
      userId={me.user.id}
      actionId={id}
      titre={titre}
      serveur={participation.data}
      onDone={() => navigate(paths.action(id))}
    />
  );
  return (
    <>
      <PageHeader title="Compter à l’entrée" description={titre || undefined} />
      {action.data?.statut === 'annulee' ? (
        <Text c="dimmed">Cette action est annulée : elle ne se compte plus.</Text>
      ) : local ? (
        panel
      ) : (
        <QueryState query={participation} label="les comptes de l’action">
          {() => panel}
        </QueryState>
      )}
    </>
  );
}
