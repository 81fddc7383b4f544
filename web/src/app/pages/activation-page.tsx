import { Anchor, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate, useParams } from 'react-router';
import { ActivationForm } from '../../features/auth/components/activation-form';
import { paths } from '../../lib/paths';
import { AuthLayout } from './auth-layout';

export function ActivationPage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  return (
    <AuthLayout
      title="Choisir mon mot de passe"
      lead="Choisissez le mot de passe de votre compte Trame (première connexion ou mot de passe oublié). Vous vous connecterez ensuite avec votre adresse e-mail."
    >
      {/* The one-time secret is in this address: no page it links to may learn it. */}
      <meta name="referrer" content="no-referrer" />
      <ActivationForm
        token={token}
        onSuccess={() => {
          notifications.show({
            color: 'teal',
            title: 'Mot de passe enregistré',
            message: 'Vous pouvez maintenant vous connecter avec votre nouveau mot de passe.',
          });
          navigate(paths.connexion, { replace: true });
        }}
      />
      <Text size="sm" ta="center">
        Déjà activé ?{' '}
        <Anchor component={Link} to={paths.connexion}>
          Se connecter
        </Anchor>
      </Text>
    </AuthLayout>
  );
}
