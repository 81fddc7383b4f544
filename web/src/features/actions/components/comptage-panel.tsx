import type { ParticipationView } from '@domain/actions/action.schema';
import {
  GENRE_LIST,
  type Genre,
  PUBLIC_LIST,
  type Public,
} from '@domain/main-courante/main-courante.taxonomies';
import { ActionIcon, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import {
  type Comptage,
  cle,
  depuisLignes,
  ecrireComptage,
  taper,
  totalDe,
  useComptage,
} from '../api/comptage';
import { envoyerComptage } from '../api/put-participation';

/** After the last tap, the tally waits this long before going to the outbox (one request a burst). */
export const ENVOI_DELAI_MS = 1000;

const fr = (n: number) => n.toLocaleString('fr-FR');

/**
 * The door counter at 360 px, for one thumb: for each public × genre a big − and + (56 px), the
 * live total on top. Kept on the phone at each tap; sent whole a second after the last one, at
 * « Terminer » and when the page is left.
 */
export function ComptagePanel({
  userId,
  actionId,
  titre,
  serveur,
  onDone,
}: {
  userId: string;
  actionId: string;
  titre: string;
  /** The server's counts: the starting tally when this phone holds none. */
  serveur: ParticipationView | undefined;
  onDone: () => void;
}) {
  const local = useComptage(userId, actionId);
  useEffect(() => {
    if (!local && serveur && titre)
      ecrireComptage({ actionId, userId, titre, comptes: depuisLignes(serveur.comptes), envoye: true });
  }, [local, serveur, actionId, userId, titre]);
  useEffect(() => {
    if (!local || local.envoye) return;
    const t = setTimeout(() => void envoyerComptage(userId, actionId), ENVOI_DELAI_MS);
    return () => clearTimeout(t);
  }, [local, userId, actionId]);
  useEffect(() => {
    const now = () => void envoyerComptage(userId, actionId);
    window.addEventListener('pagehide', now);
    return () => {
      window.removeEventListener('pagehide', now);
      now();
    };
  }, [userId, actionId]);

  if (!local) return null;
  const total = totalDe(local.comptes);
  return (
    <Stack gap="md">
      <Paper
        withBorder
        p="sm"
        radius="md"
        style={{ position: 'sticky', top: 'var(--app-shell-header-offset, 0)', zIndex: 2 }}
      >
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="xl" role="status" aria-live="polite">
            Total : {fr(total)}
          </Text>
          <Button
            onClick={() => {
              void envoyerComptage(userId, actionId);
              onDone();
            }}
          >
            Terminer
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {local.envoye ? 'Enregistré.' : 'Enregistré sur le téléphone, envoi dans un instant.'}
        </Text>
      </Paper>
      {PUBLIC_LIST.options.map((p) => (
        <Stack key={p.value} gap={4} component="section" aria-labelledby={`public-${p.value}`}>
          <Title order={2} size="h5" id={`public-${p.value}`}>
            {p.label}
          </Title>
          {GENRE_LIST.options.map((g) => (
            <Ligne
              key={g.value}
              comptage={local}
              p={p.value}
              g={g.value}
              publicLabel={p.label}
              genreLabel={g.label}
            />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}

function Ligne({
  comptage,
  p,
  g,
  publicLabel,
  genreLabel,
}: {
  comptage: Comptage;
  p: Public;
  g: Genre;
  publicLabel: string;
  genreLabel: string;
}) {
  const n = comptage.comptes[cle(p, g)] ?? 0;
  const qui = `${genreLabel}, ${publicLabel}`;
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Text style={{ flex: 1, minWidth: 0 }}>{genreLabel}</Text>
      <ActionIcon
        size={56}
        variant="light"
        aria-label={`Retirer une personne : ${qui}`}
        disabled={n === 0}
        onClick={() => taper(comptage, p, g, -1)}
      >
        <Text size="xl" fw={700} aria-hidden="true">
          −
        </Text>
      </ActionIcon>
      <Text fw={700} size="xl" w="3ch" ta="center">
        {fr(n)}
      </Text>
      <ActionIcon
        size={56}
        variant="filled"
        aria-label={`Ajouter une personne : ${qui}`}
        onClick={() => taper(comptage, p, g, 1)}
      >
        <Text size="xl" fw={700} c="white" aria-hidden="true">
          +
        </Text>
      </ActionIcon>
    </Group>
  );
}
