import { lundi as lundiDe } from '@domain/planning/planning.rules';
import { addDays, parisDate } from '@domain/time/paris';
import { Button, Group, NativeSelect, Stack } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { usePlanning } from '../../features/planning/api/get-planning';
import { MoisGrille } from '../../features/planning/components/mois-grille';
import { moisFr } from '../../features/planning/components/planning-format';
import { useTerritoires } from '../../features/territoires/api/get-territoires';
import { paths } from '../../lib/paths';

const MOIS_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `YYYY-MM` of the month `n` months after. */
function decale(mois: string, n: number) {
  const d = new Date(Date.UTC(Number(mois.slice(0, 4)), Number(mois.slice(5, 7)) - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

/** The whole weeks (Monday to Sunday) covering a month: 35 or 42 days. */
function joursDuMois(mois: string) {
  const premier = lundiDe(`${mois}-01`);
  const dernier = addDays(`${decale(mois, 1)}-01`, -1);
  const jours: string[] = [];
  for (let j = premier; j <= dernier || jours.length % 7 !== 0; j = addDays(j, 1)) jours.push(j);
  return jours;
}

/** The month at a glance: shifts per day, days to cover flagged; a day opens its week. */
export function PlanningMoisPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const demande = params.get('mois');
  const mois = demande && MOIS_RE.test(demande) ? demande : parisDate(new Date()).slice(0, 7);
  const qpv = params.get('qpv') ?? '';
  const jours = joursDuMois(mois);
  const planning = usePlanning({ du: jours[0]!, au: jours.at(-1)!, territoireId: qpv || undefined });
  const territoires = useTerritoires();
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
  const semaine = (jour: string) =>
    `${paths.planning}?${new URLSearchParams({ semaine: lundiDe(jour), ...(qpv ? { qpv } : {}) })}`;

  return (
    <>
      <PageHeader title="Planning du mois" description={moisFr(mois)} />
      <Stack gap="sm">
        <Group gap="xs" wrap="wrap" align="flex-end">
          <Button variant="default" onClick={() => set('mois', decale(mois, -1))}>
            Mois précédent
          </Button>
          <Button variant="default" onClick={() => set('mois', null)}>
            Ce mois-ci
          </Button>
          <Button variant="default" onClick={() => set('mois', decale(mois, 1))}>
            Mois suivant
          </Button>
          <Button component={Link} to={semaine(`${mois}-01`)} variant="default">
            Vue de la semaine
          </Button>
          <NativeSelect
            label="Quartier (QPV)"
            value={qpv}
            onChange={(e) => set('qpv', e.currentTarget.value || null)}
            data={[
              { value: '', label: 'Tous les quartiers' },
              ...(territoires.data ?? []).map((t) => ({ value: t.id, label: t.nom })),
            ]}
          />
        </Group>
        <QueryState query={planning} label="le planning du mois">
          {(p) => <MoisGrille mois={mois} jours={jours} planning={p} onJour={(j) => navigate(semaine(j))} />}
        </QueryState>
      </Stack>
    </>
  );
}
