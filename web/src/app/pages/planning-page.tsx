import { canManagePlanning, lundi as lundiDe } from '@domain/planning/planning.rules';
import type { CreneauView } from '@domain/planning/planning.schema';
import { addDays, jourFr, parisDate } from '@domain/time/paris';
import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { FormModal } from '../../components/ui/form-modal';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { usePlanningMediateurs } from '../../features/planning/api/get-mediateurs';
import { usePlanning } from '../../features/planning/api/get-planning';
import { AbsenceForm } from '../../features/planning/components/absence-form';
import { CreneauDetail } from '../../features/planning/components/creneau-detail';
import { CreneauForm } from '../../features/planning/components/creneau-form';
import { lieuDe } from '../../features/planning/components/planning-format';
import { SemaineGrille } from '../../features/planning/components/semaine-grille';
import { useTerritoires } from '../../features/territoires/api/get-territoires';
import { paths } from '../../lib/paths';
import { useSession } from '../session';

type Dialog =
  | { mode: 'nouveau' }
  | { mode: 'detail'; creneau: CreneauView }
  | { mode: 'modifier'; creneau: CreneauView }
  | { mode: 'absence' }
  | null;

const JOUR_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The week of a `semaine` query parameter (any day of it), or this week. */
export function useSemaine() {
  const [params, setParams] = useSearchParams();
  const demande = params.get('semaine');
  const lundi = lundiDe(demande && JOUR_RE.test(demande) ? demande : parisDate(new Date()));
  const set = (key: string, value: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return { lundi, params, set };
}

/** The coordinator's week: people × days, shifts to cover, planning, absences and cover. */
export function PlanningPage() {
  const me = useSession();
  const { lundi, params, set } = useSemaine();
  const qpv = params.get('qpv') ?? '';
  const planning = usePlanning({ du: lundi, au: addDays(lundi, 6), territoireId: qpv || undefined });
  const mediateurs = usePlanningMediateurs();
  const territoires = useTerritoires();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  if (me.role === 'mediateur') return <Navigate to={`${paths.maSemaine}?semaine=${lundi}`} replace />;
  const gerer = canManagePlanning(me);
  const ts = territoires.data ?? [];
  const personnes = (mediateurs.data ?? []).map((m) => ({ id: m.id, nom: `${m.prenom} ${m.nom}` }));
  const aujourdhui = parisDate(new Date());
  const jourParDefaut = aujourdhui >= lundi && aujourdhui <= addDays(lundi, 6) ? aujourdhui : lundi;

  return (
    <>
      <PageHeader
        title="Planning de la semaine"
        description={`Du ${jourFr(lundi)} au ${jourFr(addDays(lundi, 6))}`}
        action={
          gerer ? (
            <Group gap="xs">
              <Button variant="default" onClick={() => setDialog({ mode: 'absence' })}>
                Enregistrer une absence
              </Button>
              <Button onClick={() => setDialog({ mode: 'nouveau' })}>Planifier un créneau</Button>
            </Group>
          ) : null
        }
      />
      <Stack gap="sm">
        <Group gap="xs" wrap="wrap" align="flex-end">
          <Button variant="default" onClick={() => set('semaine', addDays(lundi, -7))}>
            Semaine précédente
          </Button>
          <Button variant="default" onClick={() => set('semaine', null)}>
            Cette semaine
          </Button>
          <Button variant="default" onClick={() => set('semaine', addDays(lundi, 7))}>
            Semaine suivante
          </Button>
          <Button
            component={Link}
            to={`${paths.planningMois}?mois=${jourParDefaut.slice(0, 7)}`}
            variant="default"
          >
            Vue du mois
          </Button>
          <NativeSelect
            label="Quartier (QPV)"
            value={qpv}
            onChange={(e) => set('qpv', e.currentTarget.value || null)}
            data={[
              { value: '', label: 'Tous les quartiers' },
              ...ts.map((t) => ({ value: t.id, label: t.nom })),
            ]}
          />
        </Group>
        <Text size="sm" c="dimmed">
          En couleur : les soirées (à partir de 19:00) en violet, les créneaux à couvrir en rouge ; les
          week-ends sont grisés, les jours fériés marqués.
        </Text>
        <QueryState query={planning} label="le planning">
          {(p) => (
            <SemaineGrille
              lundi={lundi}
              planning={p}
              personnes={personnes}
              onOpen={(c) => setDialog({ mode: 'detail', creneau: c })}
            />
          )}
        </QueryState>
      </Stack>
      <FormModal
        opened={dialog?.mode === 'nouveau' || dialog?.mode === 'modifier'}
        onClose={close}
        title={dialog?.mode === 'modifier' ? 'Modifier le créneau' : 'Planifier un créneau'}
      >
        {dialog?.mode === 'nouveau' || dialog?.mode === 'modifier' ? (
          <CreneauForm
            creneau={dialog.mode === 'modifier' ? dialog.creneau : null}
            jour={jourParDefaut}
            mediateurs={mediateurs.data ?? []}
            territoires={ts}
            onDone={close}
          />
        ) : null}
      </FormModal>
      <FormModal opened={dialog?.mode === 'detail'} onClose={close} title="Créneau">
        {dialog?.mode === 'detail' ? (
          <CreneauDetail
            creneau={dialog.creneau}
            lieu={lieuDe(dialog.creneau, ts)}
            gerer={gerer}
            onModifier={() => setDialog({ mode: 'modifier', creneau: dialog.creneau })}
            onClose={close}
          />
        ) : null}
      </FormModal>
      <FormModal opened={dialog?.mode === 'absence'} onClose={close} title="Enregistrer une absence">
        {dialog?.mode === 'absence' ? (
          <AbsenceForm jour={jourParDefaut} personnes={personnes} moi={null} onDone={close} />
        ) : null}
      </FormModal>
    </>
  );
}
