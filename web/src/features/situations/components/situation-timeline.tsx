import type { StepView } from '@domain/situations/situation.schema';
import { STEP_KIND_LABELS } from '@domain/situations/situation.taxonomies';
import { Text, Timeline } from '@mantine/core';
import { frDay } from './options';

/** The steps, oldest first, with their short notes (read under audit). */
export function SituationTimeline({
  steps,
  mediatorName,
}: {
  steps: StepView[];
  mediatorName: (id: string) => string;
}) {
  return (
    <Timeline active={steps.length - 1} bulletSize={14} lineWidth={2} aria-label="Étapes de la situation">
      {steps.map((s) => (
        <Timeline.Item key={s.id} title={STEP_KIND_LABELS[s.kind]}>
          <Text size="sm" c="dimmed">
            {frDay(s.date)}
            {s.dureeMinutes ? ` · ${s.dureeMinutes} min` : ''}
            {s.mediateurIds.length ? ` · ${s.mediateurIds.map(mediatorName).join(', ')}` : ''}
          </Text>
          {s.note ? (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {s.note}
            </Text>
          ) : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
