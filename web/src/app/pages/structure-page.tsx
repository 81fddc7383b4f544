import { canConfigureProconnect } from '@domain/structures/proconnect.schema';
import { canRequireSecondFactor } from '@domain/utilisateurs/deuxieme-facteur.schema';
import { Paper, Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { SectionCard } from '../../components/ui/section-card';
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
      <Stack gap="lg">
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
          <QueryState query={structure} label="la structure">
            {(s) => <StructureForm key={s.id} structure={s} />}
          </QueryState>
        </Paper>
        <SectionCard id="securite-connexion" title="Sécurité de la connexion">
          <QueryState query={structure} label="la structure">
            {(s) => <SecondFactorSetting structure={s} canEdit={canRequireSecondFactor(me)} />}
          </QueryState>
        </SectionCard>
        {canConfigureProconnect(me) && (
          <SectionCard
            id="proconnect-reglages"
            title="ProConnect"
            description="Les agents des villes, bailleurs et services publics se connectent avec leur compte ProConnect. Seuls les comptes déjà invités dans Trame peuvent l’utiliser."
          >
            <QueryState query={structure} label="la structure">
              {(s) => <ProconnectSettings key={s.id} structure={s} />}
            </QueryState>
          </SectionCard>
        )}
        {/* Administration of the directory: the mediators' page (/annuaire) only searches it. */}
        <SectionCard
          id="annuaire-import"
          title="Annuaire data·inclusion"
          description="Importez le fichier de votre territoire, ou exportez l’annuaire au format national."
        >
          <ImportPanel />
        </SectionCard>
      </Stack>
    </>
  );
}
