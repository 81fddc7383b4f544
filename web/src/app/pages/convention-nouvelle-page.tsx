import { Alert } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { ConventionForm } from '../../features/conventions/components/convention-form';
import { paths } from '../../lib/paths';
import { useReferenceOptions } from '../reference-options';

/** A new funder's agreement; once saved, its report opens. */
export function ConventionNouvellePage() {
  const navigate = useNavigate();
  const { query } = useReferenceOptions();
  return (
    <>
      <PageHeader
        title="Nouvelle convention"
        description="Le financeur, la période, le périmètre (QPV, lieux, lignes de transport) et les objectifs chiffrés."
      />
      <QueryState query={query} label="les partenaires et les territoires">
        {(opts) =>
          opts.financeurs.length === 0 ? (
            <Alert color="yellow">
              Aucun partenaire dans l’annuaire : ajoutez d’abord le financeur parmi les partenaires.
            </Alert>
          ) : (
            <ConventionForm
              convention={null}
              financeurs={opts.financeurs}
              territoires={opts.territoires}
              lieux={opts.lieux}
              onCancel={() => navigate(paths.conventions)}
              onDone={(saved) => {
                notifications.show({ color: 'teal', title: 'Convention créée', message: saved.nom });
                navigate(paths.convention(saved.id));
              }}
            />
          )
        }
      </QueryState>
    </>
  );
}
