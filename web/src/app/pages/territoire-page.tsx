import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { usePartenaires } from '../../features/partenaires/api/get-partenaires';
import { useTerritoires } from '../../features/territoires/api/get-territoires';
import { LieuList } from '../../features/territoires/components/lieu-list';
import { SecteurManager } from '../../features/territoires/components/secteur-manager';
import { paths } from '../../lib/paths';
import { partenaireOptions } from '../../lib/reference-options';

export function TerritoirePage() {
  const { id } = useParams();
  const territoires = useTerritoires();
  const partenaires = usePartenaires();
  const partnerOptions = partenaireOptions(partenaires.data);

  return (
    <QueryState query={territoires} label="le territoire">
      {(list) => {
        const territoire = list.find((t) => t.id === id);
        if (!territoire) {
          return (
            <>
              <PageHeader title="Territoire introuvable" />
              <Text>
                Ce territoire n’existe pas ou ne fait plus partie de la structure.{' '}
                <Anchor component={Link} to={paths.territoires}>
                  Retour aux territoires
                </Anchor>
              </Text>
            </>
          );
        }
        return (
          <>
            <Anchor component={Link} to={paths.territoires} size="sm" mb="xs" display="inline-block">
              ← Tous les territoires
            </Anchor>
            <PageHeader
              title={territoire.nom}
              description={
                <Group component="span" gap="xs">
                  <Badge variant="light" component="span">
                    {territoire.qpvCode}
                  </Badge>
                  <span>{territoire.communes.join(', ')}</span>
                </Group>
              }
            />
            <Stack gap="lg">
              <Paper
                component="section"
                withBorder
                radius="md"
                p={{ base: 'md', sm: 'lg' }}
                aria-labelledby="secteurs"
              >
                <Title order={2} size="h4" mb="sm" id="secteurs">
                  Secteurs
                </Title>
                <SecteurManager territoireId={territoire.id} secteurs={territoire.secteurs} />
              </Paper>
              <Paper
                component="section"
                withBorder
                radius="md"
                p={{ base: 'md', sm: 'lg' }}
                aria-labelledby="lieux"
              >
                <Title order={2} size="h4" mb="sm" id="lieux">
                  Lieux
                </Title>
                <LieuList
                  territoireId={territoire.id}
                  lieux={territoire.lieux}
                  secteurs={territoire.secteurs}
                  partnerOptions={partnerOptions}
                />
              </Paper>
            </Stack>
          </>
        );
      }}
    </QueryState>
  );
}
