import { actionWriteProblem } from '@domain/actions/action.rules';
import { Button, Group, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ConfirmButton } from '../../components/ui/confirm-button';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { SectionCard } from '../../components/ui/section-card';
import { useCancelAction } from '../../features/actions/api/cancel-action';
import { useAction } from '../../features/actions/api/get-action';
import { useParticipation } from '../../features/actions/api/get-participation';
import {
  ActionInfo,
  EvaluationSummary,
  ParticipationSummary,
} from '../../features/actions/components/action-detail';
import { ActionInscriptions } from '../../features/actions/components/action-inscriptions';
import { ActionPhotos } from '../../features/actions/components/action-photos';
import { ActionSuites } from '../../features/actions/components/action-suites';
import { useTerritoires } from '../../features/territoires/api/get-territoires';
import { paths } from '../../lib/paths';
import { usePorteursPicker } from '../porteurs-picker';
import { useSession } from '../session';

/**
 * `/actions/:id`: the action, its counts and its evaluation, and the next steps (count at the
 * door, evaluate, start a residents' project, change, cancel).
 */
export function ActionPage() {
  const { id = '' } = useParams();
  const me = useSession();
  const action = useAction(id);
  const participation = useParticipation(id);
  const territoires = useTerritoires();
  const cancel = useCancelAction();
  // Registration names files of the accueil: searched by pseudonym, for those who may read it.
  const picker = usePorteursPicker();
  return (
    <>
      <PageHeader title={action.data?.titre ?? 'Action collective'} />
      <QueryState query={action} label="l’action">
        {(a) => {
          const qpv = territoires.data?.find((t) => t.id === a.territoireId);
          const lieu = qpv?.lieux.find((l) => l.id === a.lieuId)?.nom ?? null;
          const writable =
            a.statut !== 'annulee' &&
            actionWriteProblem(
              { role: me.role, userId: me.user.id },
              a.mediateurs.map((m) => m.id),
            ) === null;
          const started = new Date(a.debut).getTime() <= Date.now();
          return (
            <Stack gap="md">
              {writable ? (
                <Group gap="sm">
                  <Button component={Link} to={paths.actionComptage(a.id)} size="md">
                    Compter à l’entrée
                  </Button>
                  {started ? (
                    <Button component={Link} to={paths.actionEvaluation(a.id)} variant="light">
                      Évaluer
                    </Button>
                  ) : null}
                  <Button component={Link} to={paths.projetNouveau(a.id)} variant="light">
                    Démarrer un projet
                  </Button>
                </Group>
              ) : null}
              <ActionInfo action={a} qpv={qpv?.nom ?? '—'} lieu={lieu} />
              <SectionCard id="action-participation" title="Participation">
                <QueryState query={participation} label="la participation">
                  {(p) => <ParticipationSummary participation={p} />}
                </QueryState>
              </SectionCard>
              <SectionCard id="action-evaluation" title="Évaluation">
                <EvaluationSummary action={a} />
              </SectionCard>
              <ActionSuites actionId={a.id} canWrite={writable} />
              <ActionPhotos actionId={a.id} canWrite={writable} />
              <ActionInscriptions actionId={a.id} canWrite={writable} picker={picker} />
              {writable ? (
                <Group gap="sm">
                  <Button component={Link} to={paths.actionModifier(a.id)} variant="default">
                    Modifier
                  </Button>
                  <ConfirmButton
                    title="Annuler cette action ?"
                    message="Elle reste dans la liste, marquée annulée, et ne compte plus dans le bilan. Elle ne pourra plus être modifiée."
                    confirmLabel="Annuler l’action"
                    onConfirm={() => cancel.mutateAsync(a.id)}
                    buttonProps={{ size: 'sm' }}
                  >
                    Annuler l’action
                  </ConfirmButton>
                </Group>
              ) : null}
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
