import { useParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { usePersonne } from '../../features/accueil/api/personnes';
import { PersonneFile } from '../../features/accueil/components/personne-file';
import { useTerritoires } from '../../features/territoires/api/get-territoires';

/** One person file (the read is written to the audit log by the server). */
export function PersonnePage() {
  const { id = '' } = useParams();
  const personne = usePersonne(id);
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
        </>
      )}
    </QueryState>
  );
}
