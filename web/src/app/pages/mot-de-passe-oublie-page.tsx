import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { MotDePasseOublieForm } from '../../features/auth/components/mot-de-passe-oublie-form';
import { paths } from '../../lib/paths';
import { AuthLayout } from './auth-layout';

export function MotDePasseOubliePage() {
  return (
    <AuthLayout
      title="Mot de passe oublié"
      lead="Indiquez l’adresse e-mail de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe."
    >
      <MotDePasseOublieForm />
      <Text size="sm" ta="center">
        <Anchor component={Link} to={paths.connexion} inline={false} py={12} display="inline-block">
          Retour à la connexion
        </Anchor>
      </Text>
    </AuthLayout>
  );
}
