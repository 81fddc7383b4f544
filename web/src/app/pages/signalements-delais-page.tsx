import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { useDelais } from '../../features/signalements/api/get-delais';
import { DelaisTable } from '../../features/signalements/components/delais-table';
import { paths } from '../../lib/paths';

/** Each partner's delays per category, and what is overdue. */
export function SignalementsDelaisPage() {
  const delais = useDelais();
  return (
    <>
      <PageHeader
        title="Délais des partenaires"
        description="Par partenaire et catégorie : temps médian de prise en compte et de résolution, part résolue en 7 et 30 jours."
      />
      <QueryState query={delais} label="les délais">
        {(data) => <DelaisTable data={data} href={paths.signalement} />}
      </QueryState>
    </>
  );
}
