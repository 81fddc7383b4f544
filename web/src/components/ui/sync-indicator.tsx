import { Button, Group, Popover, Stack, Text } from '@mantine/core';
import { formatDateTime } from '../../lib/dates';
import { dismissRefused, type OutboxState, useOutbox } from '../../lib/outbox';
import { IconAlert, IconCheck } from './icons';

/** The indicator's words: what waits on this phone, what the server refused, or that all is sent. */
export function syncLabel({
  pending,
  online,
  refused,
  loaded,
}: Pick<OutboxState, 'pending' | 'online' | 'refused' | 'loaded'>) {
  // Before the phone's store is read, « Envoyé » could be a lie: say nothing yet.
  if (!loaded) return '…';
  if (refused.length) return `${refused.length} à revoir`;
  if (pending) return `${pending} en attente`;
  return online ? 'Tout est envoyé' : 'Hors ligne, rien en attente';
}

/**
 * Where this phone's captures stand, on every page (issue 15, part 2): « Tout est envoyé »,
 * « 3 en attente », « 1 à revoir ». It opens the list of what waits and what was refused; a
 * refused entry shows the server's reason and can be dropped.
 */
export function SyncIndicator({ compact }: { compact: boolean }) {
  const state = useOutbox();
  const { pending, online, queued, refused, loaded } = state;
  const label = syncLabel(state);
  const calm = loaded && !refused.length && !pending && online;
  return (
    <Popover position="bottom-end" shadow="md" width={320} withinPortal trapFocus>
      <Popover.Target>
        <Button
          variant={refused.length ? 'filled' : 'default'}
          color={refused.length ? 'red.9' : 'gray.8'}
          size={compact ? 'compact-md' : 'sm'}
          px={compact ? 8 : undefined}
          leftSection={
            !loaded ? undefined : calm ? (
              <IconCheck size={18} />
            ) : (
              <IconAlert size={18} color={refused.length ? undefined : 'var(--mantine-color-orange-9)'} />
            )
          }
          aria-label={`Saisies de ce téléphone : ${loaded ? label : 'lecture en cours'}`}
          data-testid="sync-indicator"
          styles={{ label: { whiteSpace: 'nowrap' } }}
        >
          {compact && calm ? 'Envoyé' : label}
        </Button>
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
