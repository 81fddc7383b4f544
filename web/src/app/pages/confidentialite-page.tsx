import { canExerciseRights } from '@domain/accueil/accueil.rules';
import { canReadAuditLog } from '@domain/auth/roles';
import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { PagedList } from '../../components/ui/paged-list';
import { PeriodeFields } from '../../components/ui/periode-fields';
import { QueryState } from '../../components/ui/query-state';
import { useConservation } from '../../features/confidentialite/api/conservation';
import { registreUrl, useConsentements } from '../../features/confidentialite/api/get-consentements';
import { ConsentementsList } from '../../features/confidentialite/components/consentements-list';
import { ConservationForm } from '../../features/confidentialite/components/conservation-form';
import { queryDay } from '../../lib/url-filters';
import { useSession } from '../session';

/** The records the structure keeps under the GDPR (issue 16, part 4). */
export function ConfidentialitePage() {
  const me = useSession();
  return (
    <>
      <PageHeader
        title="Confidentialité"
        description="Les registres que la structure tient au titre du RGPD, tirés de ses réglages réels."
      />
      <Stack gap="xl">
        <Stack gap="xs" component="section" aria-labelledby="registre-traitements">
          <Title order={2} size="h4" id="registre-traitements">
            Registre des traitements
          </Title>
          <Text size="sm">
            Finalités, données, destinataires (vos partenaires), durées de conservation et mesures de sécurité
            de chaque traitement fait dans Trame (article 30 du RGPD).
          </Text>
          <Group gap="sm">
            <Button component="a" href={registreUrl('pdf')} download variant="light">
              Télécharger le registre (PDF)
            </Button>
            <Button component="a" href={registreUrl('json')} download variant="default">
              Registre (JSON)
            </Button>
          </Group>
        </Stack>
        <Conservation canEdit={canReadAuditLog(me)} />
        {canExerciseRights(me) ? <RegistreConsentements /> : null}
      </Stack>
    </>
  );
}

function Conservation({ canEdit }: { canEdit: boolean }) {
  const view = useConservation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="conservation">
      <Title order={2} size="h4" id="conservation">
        Durées de conservation
      </Title>
      <Text size="sm">
        Chaque nuit, Trame efface ou anonymise ce dont la durée est écoulée. La structure peut choisir des
        durées plus courtes que celles de la loi, jamais plus longues.
      </Text>
      <QueryState query={view} label="les durées">
        {(v) => <ConservationForm view={v} canEdit={canEdit} />}
      </QueryState>
    </Stack>
  );
}

function RegistreConsentements() {
  const [params, setParams] = useSearchParams();
  const filtres = { du: queryDay(params, 'du') ?? null, au: queryDay(params, 'au') ?? null };
  const consentements = useConsentements(filtres);
  return (
    <Stack gap="xs" component="section" aria-labelledby="registre-consentements">
      <Title order={2} size="h4" id="registre-consentements">
        Registre des consentements
      </Title>
      <Text size="sm">
        Chaque consentement donné ou retiré, par qui et quand. La consultation est journalisée.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} maw={420}>
        <PeriodeFields
          value={{ du: filtres.du ?? '', au: filtres.au ?? '' }}
          onChange={(p) => {
            const next = new URLSearchParams();
            if (p.du) next.set('du', p.du);
            if (p.au) next.set('au', p.au);
            setParams(next, { replace: true });
          }}
        />
      </SimpleGrid>
      <PagedList
        query={consentements}
        label="le registre"
        noun={['consentement', 'consentements']}
        empty="Aucun consentement sur cette période."
      >
        {(rows) => <ConsentementsList rows={rows} />}
      </PagedList>
    </Stack>
  );
}
