import { Paper } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { useStructure } from '../../features/structure/api/get-structure';
import { StructureForm } from '../../features/structure/components/structure-form';

export function StructurePage() {
  const structure = useStructure();
  return (
    <>
      <PageHeader
        title="Structure"
        description="Le nom de votre service, tel qu’il apparaît dans Trame et dans les rapports."
      />
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <QueryState query={structure} label="la structure">
          {(s) => <StructureForm key={s.id} structure={s} />}
        </QueryState>
      </Paper>
    </>
  );
}
