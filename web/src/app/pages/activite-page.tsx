import { canReviewActivite } from '@domain/main-courante/activite.rules';
import { CADRE_LABELS } from '@domain/main-courante/main-courante.taxonomies';
import { Anchor, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { useActivite } from '../../features/main-courante/api/get-activite';
import { useMediateurs } from '../../features/main-courante/api/get-mediateurs';
import { ActiviteDetail } from '../../features/main-courante/components/activite-detail';
import { ActiviteEditForm } from '../../features/main-courante/components/activite-edit-form';
import { RevuePanel } from '../../features/main-courante/components/revue-panel';
import { useTerritoires } from '../../features/territoires/api/get-territoires';
import { formatDate } from '../../lib/dates';
import { paths } from '../../lib/paths';
import { useSession } from '../session';

/** One activity: detail, edit (author or coordination), review. */
export function ActivitePage() {
  const { id = '' } = useParams();
  const me = useSession();
  const activite = useActivite(id);
  const territoires = useTerritoires();
  const mediateurs = useMediateurs();
  const [editing, setEditing] = useState(false);
  return (
    <QueryState query={activite} label="l’activité">
      {(a) => (
        <>
          <PageHeader
            title={`${CADRE_LABELS[a.cadre]} du ${formatDate(a.debut)}`}
            description={
              <Anchor component={Link} to={paths.mainCourante} size="sm">
                ← Retour à la main courante
              </Anchor>
            }
            action={
              a.peutModifier && !editing ? (
                <Button variant="light" onClick={() => setEditing(true)}>
                  Modifier
                </Button>
              ) : undefined
            }
          />
          <Stack gap="md">
            {editing ? (
              <ActiviteEditForm
                a={a}
                territoires={territoires.data ?? []}
                mediateurs={mediateurs.data ?? []}
                onDone={() => setEditing(false)}
              />
            ) : null}
            {canReviewActivite(me) ? <RevuePanel a={a} role={me.role} /> : null}
            <ActiviteDetail a={a} />
          </Stack>
        </>
      )}
    </QueryState>
  );
}
