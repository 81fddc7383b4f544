import { secondFactorApplies } from '@domain/utilisateurs/deuxieme-facteur.schema';
import { Paper, Text, Title } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { PasswordChangeForm } from '../../features/auth/components/password-change-form';
import { SecondFactorSection } from '../../features/auth/components/second-factor-section';
import { SessionsList } from '../../features/auth/components/sessions-list';
import { useSession } from '../session';

export function AccountPage() {
  const me = useSession();
  return (
    <>
      <PageHeader title="Mon compte" description={`${me.user.prenom} ${me.user.nom} · ${me.user.email}`} />
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Title order={2} size="h4" mb="xs">
          Changer de mot de passe
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          Vos autres sessions ouvertes resteront actives jusqu’à leur expiration : fermez-les ci-dessous.
        </Text>
        <PasswordChangeForm />
      </Paper>
      {secondFactorApplies(me.role) ? (
        <Paper
          withBorder
          radius="md"
          p={{ base: 'md', sm: 'lg' }}
          mt="lg"
          component="section"
          aria-labelledby="double-authentification"
        >
          <Title order={2} size="h4" mb="xs" id="double-authentification">
            Double authentification
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            En plus du mot de passe, un code à 6 chiffres donné par une application de votre téléphone.
          </Text>
          <SecondFactorSection />
        </Paper>
      ) : null}
      <Paper
        withBorder
        radius="md"
        p={{ base: 'md', sm: 'lg' }}
        mt="lg"
        component="section"
        aria-labelledby="mes-sessions"
      >
        <Title order={2} size="h4" mb="xs" id="mes-sessions">
          Mes sessions ouvertes
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          Chaque appareil où vous êtes connecté·e. Fermez celles que vous ne reconnaissez pas.
        </Text>
        <SessionsList />
      </Paper>
    </>
  );
}
