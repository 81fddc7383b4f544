import { Anchor, Button, Group, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { activitesQueryKey, exportUrl } from '../../features/main-courante/api/keys';
import { ImportPanel } from '../../features/main-courante/components/import-panel';
import { paths } from '../../lib/paths';

/** Import last year's main courante from CSV, and export it in the same format. */
export function MainCouranteImportPage() {
  const qc = useQueryClient();
  return (
    <>
      <PageHeader
        title="Importer une main courante"
        description={
          <Anchor component={Link} to={paths.mainCourante} size="sm">
            ← Retour à la main courante
          </Anchor>
        }
        action={
          <Group>
            <Button component="a" href={exportUrl()} variant="light" download>
              Exporter toute la main courante (CSV)
            </Button>
          </Group>
        }
      />
      <Stack gap="md" maw={900}>
        <ImportPanel onImported={() => void qc.invalidateQueries({ queryKey: activitesQueryKey })} />
      </Stack>
    </>
  );
}
