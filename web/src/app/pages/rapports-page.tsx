import { canWriteRapportTextes, mediateursVisibles } from '@domain/rapports/rapport.rules';
import { anneePrecedente } from '@domain/rapports/rapport.schema';
import { jourFr } from '@domain/time/paris';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { useRapportCarte } from '../../features/rapports/api/rapport-carte';
import { type RapportFiltre, rapportUrl, useRapportCompare } from '../../features/rapports/api/rapports';
import { RapportFilters } from '../../features/rapports/components/rapport-filters';
import { RapportView } from '../../features/rapports/components/rapport-view';
import { useCarte } from '../../features/signalements/api/get-carte';
import { useTerritoires } from '../../features/territoires/api/get-territoires';
import { thisYearParis } from '../../lib/dates';
import { paths } from '../../lib/paths';
import { qpvNoms } from '../../lib/reference-options';
import { useSession } from '../session';

// Leaflet is loaded only when the report is shown, in its own chunk (shared with the signalements map).
const RapportCarteView = lazy(async () => ({
  default: (await import('../../features/rapports/components/rapport-carte')).RapportCarteView,
}));

/** The activity report and the bilan downloads, for the actor's perimeter (team totals only). */
export function RapportsPage() {
  const thisYear = thisYearParis();
  const [filtre, setFiltre] = useState<RapportFiltre>({
    du: `${thisYear}-01-01`,
    au: `${thisYear}-12-31`,
    qpv: [],
  });
  const territoires = useTerritoires();
  const noms = qpvNoms(territoires.data);
  const { valid, courant, precedent } = useRapportCompare(filtre);
  const me = useSession();
  const mediateurs = mediateursVisibles({ role: me.role, userId: me.user.id });
  const carte = useRapportCarte(filtre, valid);
  // QPV perimeters and tile settings, as the signalements map has them; only the QPV filtered.
  const fond = useCarte();
  const perimetres = useMemo(
    () =>
      fond.data && filtre.qpv.length
        ? {
            ...fond.data.perimetres,
            features: fond.data.perimetres.features.filter((f) => filtre.qpv.includes(f.properties.q)),
          }
        : fond.data?.perimetres,
    [fond.data, filtre.qpv],
  );
  const download = (format: 'pdf' | 'xlsx' | 'csv', label: string) => (
    <Button
      component="a"
      href={rapportUrl(filtre, format)}
      download
      variant={format === 'pdf' ? 'filled' : 'default'}
    >
      {label}
    </Button>
  );
  return (
    <>
      <PageHeader
        title="Rapports"
        description="Chiffres de la main courante sur la période : activités dont le début (heure de Paris) tombe entre les deux dates, comparées à la même période un an plus tôt."
      />
      <Stack gap="lg">
        <RapportFilters
          value={filtre}
          onChange={setFiltre}
          thisYear={thisYear}
          qpvOptions={(territoires.data ?? []).map((t) => ({
            value: t.qpvCode,
            label: `${t.nom} (${t.qpvCode})`,
          }))}
        />
        {valid ? (
          <>
            <Text size="sm">
              Période du {jourFr(filtre.du)} au {jourFr(filtre.au)}, comparée au{' '}
              {jourFr(anneePrecedente(filtre.du))} – {jourFr(anneePrecedente(filtre.au))}.
            </Text>
            <Group gap="sm" aria-label="Télécharger le bilan" role="group">
              {download('pdf', 'Bilan PDF')}
              {download('xlsx', 'Tableur XLSX')}
              {download('csv', 'CSV')}
              <Button component={Link} to={paths.rapportsBilan(filtre)} variant="light">
                {canWriteRapportTextes(me) ? 'Rédiger le bilan' : 'Textes du bilan'}
              </Button>
            </Group>
            <QueryState query={courant} label="le rapport">
              {(c) => (
                <QueryState query={precedent} label="l’année précédente">
                  {(p) => (
                    <RapportView
                      courant={c}
                      precedent={p}
                      qpvNoms={noms}
                      mediateurs={mediateurs}
                      carte={
                        <QueryState query={carte} label="la carte">
                          {(points) =>
                            fond.data && perimetres ? (
                              <Suspense fallback={<Text size="sm">Chargement de la carte…</Text>}>
                                <RapportCarteView
                                  carte={points}
                                  perimetres={perimetres}
                                  tileUrl={fond.data.tileUrl}
                                  attribution={fond.data.attribution}
                                  qpvNoms={noms}
                                />
                              </Suspense>
                            ) : null
                          }
                        </QueryState>
                      }
                    />
                  )}
                </QueryState>
              )}
            </QueryState>
          </>
        ) : (
          <Alert color="yellow">
            Choisissez une date de début et une date de fin, la fin après le début.
          </Alert>
        )}
      </Stack>
    </>
  );
}
