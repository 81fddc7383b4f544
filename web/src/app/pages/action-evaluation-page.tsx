import { Alert } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { useAction } from '../../features/actions/api/get-action';
import { EvaluationForm } from '../../features/actions/components/evaluation-form';
import { paths } from '../../lib/paths';

/** `/actions/:id/evaluation`: after the action, against its objective. */
export function ActionEvaluationPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const action = useAction(id);
  return (
    <>
      <PageHeader title="Évaluer l’action" description={action.data?.titre} />
      <QueryState query={action} label="l’action">
        {(a) =>
          new Date(a.debut).getTime() > Date.now() ? (
            <Alert color="yellow" title="Pas encore commencée">
              Cette action s’évalue après son début.
            </Alert>
          ) : (
            <EvaluationForm
              action={a}
              onDone={() => navigate(paths.action(a.id))}
              onCancel={() => navigate(paths.action(a.id))}
            />
          )
        }
      </QueryState>
    </>
  );
}
