import { canConfigureProconnect } from '@domain/structures/proconnect.schema';
import { canRequireSecondFactor } from '@domain/utilisateurs/deuxieme-facteur.schema';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { ImportPanel } from '../../features/annuaire/components/import-panel';
import { useStructure } from '../../features/structure/api/get-structure';
import { ProconnectSettings } from '../../features/structure/components/proconnect-settings';
import { SecondFactorSetting } from '../../features/structure/components/second-factor-setting';
import { StructureForm } from '../../features/structure/components/structure-form';
import { useSession } from '../session';

/** The structure's administration: its name, the second factor's rule, and the directory's import and export. */
export function StructurePage() {
  const structure = useStructure();
  const me = useSession();
  return (
    <>
      <PageHeader
        title="Structure"
        description="Le nom de votre service, tel qu’il apparaît dans Trame et dans les rapports, et l’annuaire des services vers lesquels orienter."
      />
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <QueryState query={structure} label="la structure">
          {(s) => <StructureForm key={s.id} structure={s} />}
        </QueryState>
      </Paper>
      <Paper
        withBorder
        radius="md"
        p={{ base: 'md', sm: 'lg' }}
        mt="lg"
        component="section"
        aria-labelledby="securite-connexion"
      >
        <Title order={2} size="h3" id="securite-connexion" mb="sm">
          Sécurité de la connexion
        </Title>
        <QueryState query={structure} label="la structure">
          {(s) => <SecondFactorSetting structure={s} canEdit={canRequireSecondFactor(me)} />}
        </QueryState>
      </Paper>
      {canConfigureProconnect(me) && (
        <Paper
          withBorder
          radius="md"
          p={{ base: 'md', sm: 'lg' }}
          mt="lg"
          component="section"
          aria-labelledby="proconnect-reglages"
        >
          <Stack gap="sm">
            <Title order={2} size="h3" id="proconnect-reglages">
              ProConnect
            </Title>
            <Text size="sm" c="dimmed">
              Les agents des villes, bailleurs et services publics se connectent avec leur compte ProConnect.
              Seuls les comptes déjà invités dans Trame peuvent l’utiliser.
            </Text>
            <QueryState query={structure} label="la structure">
              {(s) => <ProconnectSettings key={s.id} structure={s} />}
            </QueryState>
          </Stack>
        </Paper>
      )}
      {/* Administration of the directory: the mediators' page (/annuaire) only searches it. */}
      <Paper
        withBorder
        radius="md"
        p={{ base: 'md', sm: 'lg' }}
        mt="lg"
        component="section"
        aria-labelledby="annuaire-import"
      >
        <Stack gap="sm">
          <Title order={2} size="h3" id="annuaire-import">
            Annuaire data·inclusion
          </Title>
          <Text size="sm" c="dimmed">
            Importez le fichier de votre territoire, ou exportez l’annuaire au format national.
          </Text>
          <ImportPanel />
        </Stack>
      </Paper>
    </>
  );
}
