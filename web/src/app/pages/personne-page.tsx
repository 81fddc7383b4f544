import { canExerciseRights, canMergePersonnes, canRecordAccueil } from '@domain/accueil/accueil.rules';
import { canOpenSituation } from '@domain/situations/situation.rules';
import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { PagedList } from '../../components/ui/paged-list';
import { QueryState } from '../../components/ui/query-state';
import { useDemandesPersonne } from '../../features/accueil/api/get-demandes-personne';
import { useOrientationsPersonne } from '../../features/accueil/api/get-orientations-personne';
import { usePersonne } from '../../features/accueil/api/get-personne';
import { DemandeList } from '../../features/accueil/components/demande-list';
import { DroitsPanel } from '../../features/accueil/components/droits-panel';
import { MergePanel } from '../../features/accueil/components/merge-panel';
import { OrientationList } from '../../features/accueil/components/orientation-list';
import { PersonneFile } from '../../features/accueil/components/personne-file';
import { useSituationsPersonne } from '../../features/situations/api/get-situations-personne';
import { LinkPersonneForm } from '../../features/situations/components/link-personne-form';
import { SituationList } from '../../features/situations/components/situation-list';
import { useTerritoires } from '../../features/territoires/api/get-territoires';
import { paths } from '../../lib/paths';
import { useSession } from '../session';

/** One person file (the read is written to the audit log by the server). */
export function PersonnePage() {
  const me = useSession();
  const { id = '' } = useParams();
  const personne = usePersonne(id);
  const demandes = useDemandesPersonne(id);
  const orientations = useOrientationsPersonne(id);
  const situations = useSituationsPersonne(id);
  const territoires = useTerritoires();
  return (
    <QueryState query={personne} label="la fiche">
      {(p) => (
        <>
          <PageHeader
            title={`Fiche ${p.pseudonyme}`}
            description="Consultation enregistrée dans le journal d’audit."
          />
          <PersonneFile p={p} qpvLabel={territoires.data?.find((t) => t.id === p.territoireId)?.nom ?? '—'} />
          <FileSection id="demandes" title="Demandes">
            <PagedList
              query={demandes}
              label="les demandes"
              noun={['demande', 'demandes']}
              empty="Aucune demande rattachée à cette fiche."
            >
              {(rows) => <DemandeList rows={rows} />}
            </PagedList>
          </FileSection>
          <FileSection id="orientations" title="Orientations">
            <PagedList
              query={orientations}
              label="les orientations"
              noun={['orientation', 'orientations']}
              empty="Aucune orientation pour cette personne."
            >
              {(rows) => <OrientationList rows={rows} canEdit={canRecordAccueil(me)} />}
            </PagedList>
          </FileSection>
          <FileSection id="situations" title="Situations">
            <PagedList
              query={situations}
              label="les situations"
              noun={['situation', 'situations']}
              empty="Cette personne n’est partie à aucune situation que vous voyez."
            >
              {(rows) => <SituationList rows={rows} href={(sid) => paths.situation(sid)} />}
            </PagedList>
            {canOpenSituation(me) && !p.fusionneeDans ? <LinkPersonneForm personneId={p.id} /> : null}
          </FileSection>
          {canMergePersonnes(me) && !p.fusionneeDans ? (
            <FileSection id="fusion" title="Fusionner un doublon">
              <MergePanel personneId={p.id} />
            </FileSection>
          ) : null}
          {canExerciseRights(me) && !p.fusionneeDans ? (
            <FileSection id="droits" title="Droits de la personne">
              <DroitsPanel personneId={p.id} pseudonyme={p.pseudonyme} />
            </FileSection>
          ) : null}
        </>
      )}
    </QueryState>
  );
}

/** One titled section of the file (its heading names the region for screen readers). */
function FileSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={id} mt="lg">
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}
