import type { CreneauView } from '@domain/planning/planning.schema';
import { addDays, jourFr, parisDate } from '@domain/time/paris';
import { Button, Divider, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormModal } from '../../components/ui/form-modal';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { usePlanning } from '../../features/planning/api/get-planning';
import { AbsenceForm } from '../../features/planning/components/absence-form';
import { FluxCalendrier } from '../../features/planning/components/flux-calendrier';
import { MaSemaine } from '../../features/planning/components/ma-semaine';
import { jourDe, lieuDe } from '../../features/planning/components/planning-format';
import { useTerritoires } from '../../features/territoires/api/get-territoires';
import { paths } from '../../lib/paths';
import { useSession } from '../session';
import { useSemaine } from './planning-page';

/** A planned tournée or permanence of today starts from here, pre-filled. */
export const demarrable = (c: CreneauView) =>
  c.statut === 'prevu' &&
  c.activiteId === null &&
  (c.type === 'tournee' || c.type === 'permanence') &&
  jourDe(c) === parisDate(new Date());

/** « Ma semaine »: the mediator's shifts day by day, their absence, their calendar address. */
export function MaSemainePage() {
  const me = useSession();
  const { lundi, set } = useSemaine();
  const planning = usePlanning({ du: lundi, au: addDays(lundi, 6), mediateurId: me.user.id });
  const territoires = useTerritoires();
  const [absence, setAbsence] = useState(false);
  const ts = territoires.data ?? [];
  return (
    <>
      <PageHeader title="Ma semaine" description={`Du ${jourFr(lundi)} au ${jourFr(addDays(lundi, 6))}`} />
      <Stack gap="md">
        <Group gap="xs" grow>
          <Button variant="default" onClick={() => set('semaine', addDays(lundi, -7))}>
            Précédente
          </Button>
          <Button variant="default" onClick={() => set('semaine', addDays(lundi, 7))}>
            Suivante
          </Button>
        </Group>
        <Button variant="light" onClick={() => setAbsence(true)}>
          Déclarer une absence
        </Button>
        <QueryState query={planning} label="votre semaine">
          {(p) => (
            <MaSemaine
              lundi={lundi}
              planning={p}
              lieu={(c) => lieuDe(c, ts)}
              action={(c) =>
                demarrable(c) ? (
                  <Button component={Link} to={paths.tourneeDepuis(c.id)} mt="xs" fullWidth>
                    Démarrer
                  </Button>
                ) : null
              }
            />
          )}
        </QueryState>
        <Divider />
        <Title order={2} size="h4">
          Mon planning dans l’agenda du téléphone
        </Title>
        <FluxCalendrier />
      </Stack>
      <FormModal opened={absence} onClose={() => setAbsence(false)} title="Déclarer une absence">
        {absence ? (
          <AbsenceForm
            jour={parisDate(new Date())}
            personnes={[]}
            moi={me.user.id}
            onDone={() => setAbsence(false)}
          />
        ) : null}
      </FormModal>
    </>
  );
}
