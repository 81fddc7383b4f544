import { SUITE_TYPE_LABELS, type SuiteType } from '@domain/actions/action.taxonomies';
import type { SuiteView } from '@domain/actions/action-suites';
import { useSearchParams } from 'react-router';
import { api } from '../../../lib/api-client';
import { sendOrKeep } from '../../../lib/outbox-capture';
import { queryClient } from '../../../lib/query-client';
import { actionPath, actionsQueryKey } from './keys';

/**
 * Links a record just captured to the action it follows (ADR 037): sent at once, or kept in the
 * outbox behind the record itself (`dependsOn`: refused with it, sent after it).
 */
export async function lierSuite(actionId: string, type: SuiteType, cibleId: string): Promise<void> {
  const path = `${actionPath(actionId)}/suites/${type}/${encodeURIComponent(cibleId)}`;
  await sendOrKeep(
    [{ method: 'PUT', path, dependsOn: cibleId, label: `Lien avec l’action : ${SUITE_TYPE_LABELS[type]}` }],
    () => api.put<SuiteView[]>(path, undefined),
  );
  await queryClient.invalidateQueries({ queryKey: actionsQueryKey });
}

/**
 * The action a capture screen was opened from (`?action={id}`), and how to link what it saved;
 * null when it was opened on its own.
 */
export function useSuiteDe(type: SuiteType) {
  const [params] = useSearchParams();
  const actionId = params.get('action');
  if (!actionId) return null;
  return { actionId, lier: (cibleId: string) => lierSuite(actionId, type, cibleId) };
}
