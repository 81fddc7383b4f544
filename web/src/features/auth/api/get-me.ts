import type { MeView } from '@domain/utilisateurs/utilisateur.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from '../../../lib/api-client';
import { sendPendingSignOut, signOutPending } from '../../../lib/pending-signout';

export const meQueryKey = ['auth', 'me'] as const;

/**
 * The signed-in user; also refreshes the in-memory CSRF token. A 401 means « not signed in ». A
 * sign-out made offline goes first: its session then answers 401; while it is still owed (no
 * network yet), the user stays signed out on this phone all the same.
 */
export async function getMe(): Promise<MeView> {
  await sendPendingSignOut();
  if (signOutPending()) throw new ApiError(401, 'non_authentifie', 'Vous devez être connecté·e.');
  const me = await api.get<MeView>('/api/auth/me', { skipUnauthorizedRedirect: true });
  setCsrfToken(me.csrfToken);
  return me;
}

export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: getMe,
  staleTime: 5 * 60_000,
  retry: false,
});

export const useMe = () => useQuery(meQueryOptions);
