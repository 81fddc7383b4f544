import type { Role } from '@domain/auth/roles';
import type { MeView } from '@domain/utilisateurs/utilisateur.schema';
import { Center, Loader } from '@mantine/core';
import { createContext, use } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { QueryState } from '../components/ui/query-state';
import { useMe } from '../features/auth/api/get-me';
import { ApiError } from '../lib/api-client';
import { paths } from '../lib/paths';
import { ForbiddenPage } from './pages/forbidden-page';

const SessionContext = createContext<MeView | null>(null);

/** The signed-in user, for any component under `RequireAuth`. */
export function useSession(): MeView {
  const me = use(SessionContext);
  if (!me) throw new Error('useSession must be used under <RequireAuth>');
  return me;
}

export function FullPageLoader() {
  return (
    <Center mih="100dvh" role="status" aria-label="Chargement">
      <Loader aria-hidden="true" />
    </Center>
  );
}

/** Renders the child routes for a signed-in user; anyone else goes to the login page. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <FullPageLoader />;
  if (me.error instanceof ApiError && me.error.status === 401) {
    return <Navigate to={paths.connexion} replace state={{ from: location.pathname + location.search }} />;
  }
  return (
    <QueryState query={me} label="votre session">
      {(data) => (
        <SessionContext value={data}>
          <Outlet />
        </SessionContext>
      )}
    </QueryState>
  );
}

/** Child routes only for roles the rule allows; the server enforces the same rule. */
export function RequireRole({ allowed }: { allowed: (actor: { role: Role }) => boolean }) {
  const me = useSession();
  return allowed(me) ? <Outlet /> : <ForbiddenPage />;
}
