import type { SituationView } from '@domain/situations/situation.schema';
import { useFreshRowMutation } from '../../../lib/mutation';
import { situationsQueryKey } from './keys';

/**
 * Every change answers the situation as it now is: it is shown at once, the lists are
 * refreshed in the background.
 */
export const useSituationMutation = <I>(fn: (input: I) => Promise<SituationView>) =>
  useFreshRowMutation(fn, (view) => [...situationsQueryKey, 'detail', view.id], [situationsQueryKey], true);
