import { Button, Group } from '@mantine/core';

export type SituationAction = 'etape' | 'accord' | 'cloture';

const LABELS: Record<SituationAction, string> = {
  etape: 'Ajouter une étape',
  accord: 'Rédiger l’accord',
  cloture: 'Clôturer',
};

/**
 * What the team can do next on an open situation. One form opens at a time (issue 11, point 6):
 * choosing an action closes the other one; choosing it again folds it.
 */
export function SituationActions({
  actions,
  current,
  onChange,
}: {
  actions: SituationAction[];
  current: SituationAction | null;
  onChange: (a: SituationAction | null) => void;
}) {
  return (
    <Group gap="xs" role="toolbar" aria-label="Actions sur la situation">
      {actions.map((a) => (
        <Button
          key={a}
          variant={current === a ? 'filled' : 'light'}
          color={a === 'cloture' ? 'dark' : undefined}
          aria-expanded={current === a}
          aria-controls={`action-${a}`}
          onClick={() => onChange(current === a ? null : a)}
        >
          {LABELS[a]}
        </Button>
      ))}
    </Group>
  );
}
