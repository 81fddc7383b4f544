import { secondFactorApplies } from '@domain/utilisateurs/deuxieme-facteur.schema';
import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { SectionCard } from '../../components/ui/section-card';
import { PasswordChangeForm } from '../../features/auth/components/password-change-form';
import { SecondFactorSection } from '../../features/auth/components/second-factor-section';
import { SessionsList } from '../../features/auth/components/sessions-list';
import { useSession } from '../session';

export function AccountPage() {
  const me = useSession();
  return (
    <>
      <PageHeader title="Mon compte" description={`${me.user.prenom} ${me.user.nom} · ${me.user.email}`} />
      <Stack gap="lg">
        <SectionCard
          id="mot-de-passe"
          title="Changer de mot de passe"
          description="Vos autres sessions ouvertes resteront actives jusqu’à leur expiration : fermez-les ci-dessous."
        >
          <PasswordChangeForm />
        </SectionCard>
        {secondFactorApplies(me.role) ? (
          <SectionCard
            id="double-authentification"
            title="Double authentification"
            description="En plus du mot de passe, un code à 6 chiffres donné par une application de votre téléphone."
          >
            <SecondFactorSection />
          </SectionCard>
        ) : null}
        <SectionCard
          id="mes-sessions"
          title="Mes sessions ouvertes"
          description="Chaque appareil où vous êtes connecté·e. Fermez celles que vous ne reconnaissez pas."
        >
          <SessionsList />
        </SectionCard>
      </Stack>
    </>
  );
}
