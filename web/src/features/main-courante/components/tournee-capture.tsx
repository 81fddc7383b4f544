import {
  CADRE_LABELS,
  GENRE_LABELS,
  NATURE_LABELS,
  NATURES,
  type Nature,
  PUBLIC_LABELS,
} from '@domain/main-courante/main-courante.taxonomies';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { KEPT_MESSAGE } from '../../../lib/outbox-capture';
import {
  ajusterContact,
  annulerContact,
  changerReglage,
  compter,
  type LocalContact,
  type LocalTournee,
  noterContact,
  noterObservation,
  terminer,
} from '../api/tournee';
import { BottomSheet } from './bottom-sheet';
import classes from './capture.module.css';
import { formatTime } from './labels';
import { ObservationSheet } from './observation-sheet';
import { ReglageSheet } from './reglage-sheet';

const UNDO_MS = 10_000;

const personnes = (n: number) => `${n} personne${n > 1 ? 's' : ''}`;

/** What the orientation sheet needs: the tournée's QPV, and how to say it is done. */
export interface OrientationSlotProps {
  territoireId: string;
  /** `kept`: without network, the phone keeps the request until it can send it. */
  onDone: (kept: boolean) => void;
}

/**
 * The live tournée: one tap on a nature logs a contact with the current settings; the bar that
 * follows offers "+1 personne" (the second tap, if any), "Modifier" and "Annuler" for 10 s.
 * The settings the next tap records stay in view above the tiles. The tile « Orientation vers un
 * partenaire » also opens `orientation` (given by the page: the directory is another feature),
 * straight on the choice of the service; offline, the contact alone is noted.
 */
export function TourneeCapture({
  tournee,
  onEnd,
  orientation,
}: {
  tournee: LocalTournee;
  onEnd: () => void;
  orientation?: (p: OrientationSlotProps) => ReactNode;
}) {
  const [last, setLast] = useState<LocalContact | null>(null);
  const [sheet, setSheet] = useState<
    'prochains' | 'dernier' | 'observation' | 'terminer' | 'orientation' | null
  >(null);
  const [notice, setNotice] = useState<string | null>(null);
  const figures = compter(tournee);
  const current = last ? tournee.contacts.find((c) => c.id === last.id) : undefined;

  useEffect(() => {
    if (!last) return;
    const timer = setTimeout(() => setLast(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [last]);

  const tap = (nature: Nature) => {
    setNotice(null);
    setLast(noterContact(tournee, nature));
    if (nature === 'orientation' && orientation) {
      if (navigator.onLine) setSheet('orientation');
      else setNotice('Contact noté. Hors ligne : l’orientation se saisira dans « Nouvelle demande ».');
    }
  };
  const r = tournee.reglage;

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {CADRE_LABELS[tournee.cadre]} démarrée à {formatTime(tournee.debut)}
      </Text>
      <section className={classes.figures} aria-label="Comptes de la tournée">
        <Paper withBorder p="xs">
          <Text fz={24} fw={700} data-testid="nb-contacts">
            {figures.contacts}
          </Text>
          <Text size="xs">contacts</Text>
        </Paper>
        <Paper withBorder p="xs">
          <Text fz={24} fw={700} data-testid="nb-personnes">
            {figures.personnes}
          </Text>
          <Text size="xs">personnes</Text>
        </Paper>
        <Paper withBorder p="xs">
          <Text fz={24} fw={700}>
            {tournee.observations.length}
          </Text>
          <Text size="xs">observations</Text>
        </Paper>
      </section>
      <section aria-label="Noter un contact">
        <div className={classes.next}>
          <Button
            variant="default"
            size="md"
            fullWidth
            onClick={() => setSheet('prochains')}
            styles={{ label: { whiteSpace: 'normal' } }}
            h="auto"
            py={8}
            data-testid="prochain-contact"
          >
            Prochains contacts : {personnes(r.nbPersonnes)}, {PUBLIC_LABELS[r.public]},{' '}
            {GENRE_LABELS[r.genre]} — régler
          </Button>
        </div>
        <div className={classes.grid}>
          {NATURES.map((n) => (
            <button key={n} type="button" className={classes.tile} onClick={() => tap(n)} data-nature={n}>
              <span>{NATURE_LABELS[n]}</span>
              <span className={classes.count}>{figures.parNature.get(n) ?? 0}</span>
            </button>
          ))}
        </div>
      </section>
      {sheet === 'terminer' ? (
        <Paper withBorder p="sm" role="alertdialog" aria-label="Terminer la tournée">
          <Text size="sm" mb="xs">
            Terminer la tournée maintenant ? {figures.contacts} contact(s), {figures.personnes} personne(s).
          </Text>
          <Group grow>
            <Button variant="default" onClick={() => setSheet(null)}>
              Continuer
            </Button>
            <Button
              color="red"
              onClick={() => {
                terminer(tournee);
                onEnd();
              }}
            >
              Oui, terminer
            </Button>
          </Group>
        </Paper>
      ) : (
        <Group grow>
          <Button variant="light" size="md" onClick={() => setSheet('observation')}>
            Observation
          </Button>
          <Button color="red" variant="light" size="md" onClick={() => setSheet('terminer')}>
            Terminer
          </Button>
        </Group>
      )}
      {notice ? (
        <Text size="sm" role="status">
          {notice}
        </Text>
      ) : null}
      {current ? (
        <Paper className={classes.undo} shadow="md" p="sm" withBorder role="status" aria-live="polite">
          <Text size="sm" fw={600}>
            Noté : {NATURE_LABELS[current.nature]} · {personnes(current.nbPersonnes)} ·{' '}
            {PUBLIC_LABELS[current.public]} · {GENRE_LABELS[current.genre]}
          </Text>
          <div className={classes.undoActions}>
            <Button
              size="sm"
              px={4}
              variant="light"
              aria-label="+1 personne"
              onClick={() => {
                ajusterContact(tournee, current.id, { nbPersonnes: current.nbPersonnes + 1 });
                setLast({ ...current });
              }}
            >
              +1
            </Button>
            <Button size="sm" px={4} variant="default" onClick={() => setSheet('dernier')}>
              Modifier
            </Button>
            <Button
              size="sm"
              px={4}
              color="red"
              variant="light"
              onClick={() => {
                annulerContact(tournee, current.id);
                setLast(null);
                setNotice('Contact annulé.');
              }}
            >
              Annuler
            </Button>
          </div>
        </Paper>
      ) : null}
      <ReglageSheet
        opened={sheet === 'prochains' || sheet === 'dernier'}
        title={sheet === 'dernier' ? 'Modifier le dernier contact' : 'Réglage des prochains contacts'}
        value={sheet === 'dernier' && current ? current : r}
        onClose={() => setSheet(null)}
        onSave={(v) => {
          if (sheet === 'dernier' && current) {
            ajusterContact(tournee, current.id, v);
            // The stored tournée already holds the adjusted contact (tournee.ts reads it back).
            changerReglage(tournee, { ...v, nbPersonnes: 1 });
          } else {
            changerReglage(tournee, v);
          }
          setSheet(null);
        }}
      />
      {orientation ? (
        <BottomSheet
          opened={sheet === 'orientation'}
          title="Orientation vers un partenaire"
          onClose={() => setSheet(null)}
        >
          {orientation({
            territoireId: tournee.territoireId,
            onDone: (kept) => {
              setSheet(null);
              setNotice(
                kept
                  ? `Orientation : ${KEPT_MESSAGE}`
                  : 'Orientation enregistrée : elle est à suivre dans « Orientations ».',
              );
            },
          })}
        </BottomSheet>
      ) : null}
      <ObservationSheet
        opened={sheet === 'observation'}
        onClose={() => setSheet(null)}
        onSave={(kind, note) => {
          noterObservation(tournee, kind, note);
          setSheet(null);
          setNotice('Observation notée, signalée à la coordination.');
        }}
      />
    </Stack>
  );
}
