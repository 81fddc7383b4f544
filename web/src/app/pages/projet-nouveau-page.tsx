import { Alert, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { usePartenaires } from '../../features/partenaires/api/get-partenaires';
import { useActionOrigine } from '../../features/projets/api/get-action-origine';
import { ProjetForm } from '../../features/projets/components/projet-form';
import { territoiresQueryOptions } from '../../features/territoires/api/get-territoires';
import { paths } from '../../lib/paths';
import { partenaireOptions, territoireOptions } from '../../lib/reference-options';
import { usePorteursPicker } from '../porteurs-picker';

/** A new residents' project; `?action=<id>` starts it from a collective action (its title, QPV and partners). */
export function ProjetNouveauPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const actionId = params.get('action');
  const action = useActionOrigine(actionId);
  const territoires = useQuery(territoiresQueryOptions);
  const partenaires = usePartenaires();
  const porteurs = usePorteursPicker();
  const a = action.data;
  return (
    <>
      <PageHeader
        title="Nouveau projet"
        description={
          a
            ? `Un projet né de l’action « ${a.titre} » : elle restera liée au projet.`
            : 'Le titre, les habitant·es qui le portent, le QPV, les partenaires et l’idée du projet.'
        }
      />
      {actionId && action.isPending ? <Loader aria-label="Chargement de l’action" /> : null}
      {actionId && action.isError ? (
        <Alert color="yellow" mb="md">
          L’action d’origine est introuvable : le projet sera créé sans lien avec elle.
        </Alert>
      ) : null}
      {actionId && action.isPending ? null : (
        <QueryState query={territoires} label="les QPV">
          {(qpv) => (
            <ProjetForm
              projet={null}
              draft={{
                titre: a?.titre ?? '',
                territoireId: a?.territoireId ?? null,
                partenaireIds: a?.partenaires.map((p) => p.id) ?? [],
                actionOrigineId: a?.id ?? null,
              }}
              territoires={territoireOptions(qpv)}
              partenaires={partenaireOptions(partenaires.data)}
              porteurs={porteurs}
              onCancel={() => navigate(paths.projets)}
              // The project's page opens: its title and timeline say it was created.
              onDone={(saved) => navigate(paths.projet(saved.id))}
            />
          )}
        </QueryState>
      )}
    </>
  );
}
