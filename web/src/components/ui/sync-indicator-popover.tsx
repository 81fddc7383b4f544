import { Button, Group, Popover, Stack, Text } from '@mantine/core';
import { formatDateTime } from '../../lib/dates';
import { dismissRefused, type OutboxState } from '../../lib/outbox';
import { IndicatorButton, syncCalm } from './sync-indicator-button';

/** The indicator with its list, loaded at the first tap and opened at once. */
export default function SyncIndicatorPopover({ compact, state }: { compact: boolean; state: OutboxState }) {
  const { online, queued, refused } = state;
  const calm = syncCalm(state);
  return (
    <Popover position="bottom-end" shadow="md" width={320} withinPortal trapFocus defaultOpened>
      <Popover.Target>
        <IndicatorButton compact={compact} state={state} />
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text fw={700}>Saisies de ce téléphone</Text>
          <Text size="sm" role="status">
            {online ? 'En ligne.' : 'Hors ligne : tout est gardé et partira au retour du réseau.'}{' '}
            {calm ? 'Tout est envoyé : rien n’attend sur ce téléphone.' : null}
          </Text>
          {refused.map((r) => (
            <Stack key={r.seq} gap={4} p="xs" bg="red.0" style={{ borderRadius: 6 }}>
              <Text size="sm" fw={600}>
                {r.label} ({formatDateTime(r.creeLe)})
              </Text>
              <Text size="sm" c="red.9">
                Refusé : {r.message}
              </Text>
              <Group justify="flex-end">
                <Button size="compact-md" variant="default" onClick={() => void dismissRefused(r.seq)}>
                  Retirer
                </Button>
              </Group>
            </Stack>
          ))}
          {queued.length ? (
            <Stack gap={2} component="ul" m={0} pl="md">
              {queued.map((q) => (
                <Text component="li" size="sm" key={q.seq}>
                  {q.label} — en attente depuis {formatDateTime(q.creeLe)}
                </Text>
              ))}
            </Stack>
          ) : null}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
