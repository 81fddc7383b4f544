import type { SuiteType } from '@domain/actions/action-suites';
import { Alert, Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import { useAction } from '../api/get-action';

const QUOI: Record<SuiteType, string> = {
  signalement: 'Chaque signalement enregistré ici',
  demande: 'Chaque demande enregistrée ici',
  situation: 'La situation ouverte ici',
};

/** Above a capture screen opened from an action: what will be linked to it, and the way back. */
export function RetourAction({ actionId, type }: { actionId: string; type: SuiteType }) {
  const action = useAction(actionId);
  return (
    <Alert color="blue" variant="light" mb="md" role="note">
      {QUOI[type]} est lié{type === 'signalement' ? '' : 'e'} à l’action{' '}
      <Anchor component={Link} to={paths.action(actionId)} c="inherit" fw={600} underline="always">
        {action.data ? `« ${action.data.titre} »` : 'collective'}
      </Anchor>
      .
    </Alert>
  );
}
