import { Button, type ButtonProps } from '@mantine/core';
import type { ComponentPropsWithRef } from 'react';
import type { OutboxState } from '../../lib/outbox';
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

/** On a phone's header the two calm states say it in one word (the full words are its name). */
const compactLabel = (state: OutboxState, label: string) => {
  if (syncCalm(state)) return 'Envoyé';
  if (state.loaded && !state.online && !state.pending && !state.refused.length) return 'Hors ligne';
  return label;
};

export const syncCalm = ({ loaded, refused, pending, online }: OutboxState) =>
  loaded && !refused.length && !pending && online;

/** The indicator's button itself (the popover's target once it is loaded). */
export function IndicatorButton({
  compact,
  state,
  ...rest
}: { compact: boolean; state: OutboxState } & ButtonProps & ComponentPropsWithRef<'button'>) {
  const { refused, loaded } = state;
  const label = syncLabel(state);
  const calm = syncCalm(state);
  return (
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
      {...rest}
    >
      {compact ? compactLabel(state, label) : label}
    </Button>
  );
}
