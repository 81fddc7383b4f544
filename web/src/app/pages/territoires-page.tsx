import { Paper, Stack, Title } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { useTerritoires } from '../../features/territoires/api/get-territoires';
import { QpvSearch } from '../../features/territoires/components/qpv-search';
import { TerritoireList } from '../../features/territoires/components/territoire-list';
import { paths } from '../../lib/paths';

export function TerritoiresPage() {
  const territoires = useTerritoires();
  return (
    <>
      <PageHeader
        title="Territoires"
        description="Les quartiers prioritaires (QPV) où intervient votre structure. Ouvrez un quartier pour gérer ses secteurs et ses lieux."
      />
      <Stack gap="lg">
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
          <QpvSearch existingCodes={(territoires.data ?? []).map((t) => t.qpvCode)} />
        </Paper>
        <section aria-labelledby="liste-territoires">
          <Title order={2} size="h4" mb="sm" id="liste-territoires">
            Quartiers de la structure
          </Title>
          <QueryState query={territoires} label="les territoires">
            {(list) => <TerritoireList territoires={list} detailPath={(id) => paths.territoire(id)} />}
          </QueryState>
        </section>
      </Stack>
    </>
  );
}
