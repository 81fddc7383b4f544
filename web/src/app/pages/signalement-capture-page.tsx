import type { CaptureResultView } from '@domain/signalements/signalement.schema';
import { CATEGORIE_LABELS } from '@domain/signalements/signalement.taxonomies';
import { addDays } from '@domain/time/paris';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { useSuiteDe } from '../../features/actions/api/lier-suite';
import { RetourAction } from '../../features/actions/components/retour-action';
import { useRecentDiagnostics } from '../../features/signalements/api/get-recent-diagnostics';
import { CaptureForm } from '../../features/signalements/components/capture-form';
import { useTerritoires } from '../../features/territoires/api/get-territoires';
import { todayParis } from '../../lib/dates';
import { useDepuisObservation } from '../../lib/depuis-observation';
import { KEPT_MESSAGE } from '../../lib/outbox-capture';
import { paths } from '../../lib/paths';
import { lieuOptions, type OptionGroup } from '../../lib/reference-options';

/** Capture on a phone: category, photos, position, done. */
export function SignalementCapturePage() {
  const territoires = useTerritoires();
  const weekAgo = addDays(todayParis(), -7);
  const recentWalks = (useRecentDiagnostics(weekAgo).data ?? []).map((d) => ({
    value: d.id,
    label: d.titre,
  }));
  const [result, setResult] = useState<CaptureResultView | null>(null);
  const [round, setRound] = useState(0);
  /** The last signalement waits on the phone: say so above the next, blank form. */
  const [kept, setKept] = useState(false);
  const observation = useDepuisObservation();
  // Opened from a collective action (`?action=`): each signalement captured here is linked to it.
  const suite = useSuiteDe('signalement');
  const lieux: OptionGroup[] = (territoires.data ?? []).map((t) => ({
    group: t.nom,
    items: lieuOptions(t),
  }));
  if (result) {
    const s = result.signalement;
    return (
      <>
        <PageHeader title="Signalement enregistré" />
        <Stack gap="md">
          <Alert
            color="green"
            variant="light"
            title={`${CATEGORIE_LABELS[s.categorie]} · n° ${s.numero}`}
            role="status"
          >
            {s.partenaireNom
              ? `Transmis à ${s.partenaireNom}.`
              : 'Aucune règle ne couvre ce cas : la coordination choisira le partenaire.'}
            {s.photos.length ? ` ${s.photos.length} photo(s) jointe(s).` : ''}
          </Alert>
          {result.doublonsPossibles.length ? (
            <Alert color="orange" variant="light" title="Déjà signalé à moins de 50 m ?">
              <Stack gap={4}>
                {result.doublonsPossibles.map((d) => (
                  <Text size="sm" key={d.id}>
                    <Link to={paths.signalement(d.id)}>
                      n° {d.numero} · {CATEGORIE_LABELS[d.categorie]}
                    </Link>{' '}
                    à {d.distanceM} m
                  </Text>
                ))}
                <Text size="xs">La coordination pourra marquer le nouveau comme doublon.</Text>
              </Stack>
            </Alert>
          ) : null}
          <Group gap="xs">
            <Button
              onClick={() => {
                setResult(null);
                setRound((r) => r + 1);
              }}
            >
              Nouveau signalement
            </Button>
            <Button component={Link} to={paths.signalement(s.id)} variant="light">
              Voir le signalement
            </Button>
            {suite ? (
              <Button component={Link} to={paths.action(suite.actionId)} variant="light">
                Retour à l’action
              </Button>
            ) : null}
          </Group>
        </Stack>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Nouveau signalement"
        description={
          observation && round === 0 ? 'À partir d’une observation de veille : elle y sera liée.' : undefined
        }
      />
      {suite ? <RetourAction actionId={suite.actionId} type="signalement" /> : null}
      {kept ? (
        <Alert
          color="orange"
          variant="light"
          role="status"
          title="Signalement gardé sur le téléphone"
          mb="md"
        >
          {KEPT_MESSAGE}
        </Alert>
      ) : null}
      <CaptureForm
        key={round}
        lieux={lieux}
        diagnostics={recentWalks}
        onCaptured={suite ? (id) => void suite.lier(id).catch(() => undefined) : undefined}
        onDone={(r) => {
          setKept(r === null);
          if (r) setResult(r);
          else setRound((n) => n + 1);
        }}
        depuis={
          observation && round === 0
            ? { observationId: observation.id, lieuId: observation.lieuId, note: observation.note }
            : null
        }
      />
    </>
  );
}
