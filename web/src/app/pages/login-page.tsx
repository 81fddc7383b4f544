import { proconnectEchecMessage } from '@domain/utilisateurs/proconnect.schema';
import { Anchor, Text } from '@mantine/core';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { LoginForm } from '../../features/auth/components/login-form';
import { ProconnectButton } from '../../features/auth/components/proconnect-button';
import { paths } from '../../lib/paths';
import { FullPageLoader } from '../session';
import { AuthLayout } from './auth-layout';

/** Only same-app paths are followed after login (no open redirect). */
function returnPath(state: unknown): string {
  const from = typeof state === 'object' && state !== null ? (state as { from?: unknown }).from : undefined;
  return typeof from === 'string' &&
    from.startsWith('/') &&
    !from.startsWith('//') &&
    from !== paths.connexion
    ? from
    : paths.accueil;
}

export function LoginPage() {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const target = returnPath(location.state);
  // A failed return from ProConnect lands here with its reason's code (never the address).
  const echec = proconnectEchecMessage(new URLSearchParams(location.search).get('proconnect'));

  if (me.isPending) return <FullPageLoader />;
  if (me.data) return <Navigate to={target} replace />;

  return (
    <AuthLayout title="Connexion">
      <LoginForm onSuccess={() => navigate(target, { replace: true })} />
      <Text size="sm" ta="center">
        <Anchor component={Link} to={paths.motDePasseOublie} inline={false} py={12} display="inline-block">
          Mot de passe oublié ?
        </Anchor>
      </Text>
      <ProconnectButton echec={echec} />
    </AuthLayout>
  );
}
