import { lazy, Suspense, useState } from 'react';
import { useOutbox } from '../../lib/outbox';
import { IndicatorButton } from './sync-indicator-button';

export { syncLabel } from './sync-indicator-button';

// The list of what waits (a popover and its positioning library) loads at the first tap: it is
// not part of a street page's first load (issue 15, part 6; ADR 033).
const SyncPopover = lazy(() => import('./sync-indicator-popover'));

/**
 * Where this phone's captures stand, on every page (issue 15, part 2): « Tout est envoyé »,
 * « 3 en attente », « 1 à revoir ». It opens the list of what waits and what was refused; a
 * refused entry shows the server's reason and can be dropped.
 */
export function SyncIndicator({ compact }: { compact: boolean }) {
  const state = useOutbox();
  const [wanted, setWanted] = useState(false);
  const button = <IndicatorButton compact={compact} state={state} onClick={() => setWanted(true)} />;
  if (!wanted) return button;
  return (
    <Suspense fallback={button}>
      <SyncPopover compact={compact} state={state} />
    </Suspense>
  );
}
