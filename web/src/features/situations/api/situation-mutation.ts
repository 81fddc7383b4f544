import type { SituationView } from '@domain/situations/situation.schema';
import { useFreshRowMutation } from '../../../lib/mutation';
import { situationsQueryKey } from './keys';

/**
 * Every change answers the situation as it now is: it is shown at once, the lists are
 * refreshed in the background. Null: the change waits on the phone (outbox), nothing to show yet.
 */
export const useSituationMutation = <I, O extends SituationView | null>(fn: (input: I) => Promise<O>) =>
  useFreshRowMutation(fn, (view) => [...situationsQueryKey, 'detail', view.id], [situationsQueryKey], true);
