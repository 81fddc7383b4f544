import {
  GENRE_LABELS,
  GENRES,
  type Genre,
  PUBLIC_LABELS,
  PUBLICS,
  type Public,
} from '@domain/main-courante/main-courante.taxonomies';
import { ActionIcon, Button, Chip, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Reglage } from '../api/tournee';
import { BottomSheet } from './bottom-sheet';

/**
 * The stepper: count, public and genre, for the next contacts or for the last one. Big targets,
 * one thumb, nothing typed.
 */
export function ReglageSheet({
  opened,
  title,
  value,
  onClose,
  onSave,
}: {
  opened: boolean;
  title: string;
  value: Reglage;
  onClose: () => void;
  onSave: (r: Reglage) => void;
}) {
  const [r, setR] = useState(value);
  useEffect(() => {
    if (opened) setR(value);
  }, [opened, value]);
  const step = (d: number) =>
    setR((v) => ({ ...v, nbPersonnes: Math.min(500, Math.max(1, v.nbPersonnes + d)) }));
  return (
    <BottomSheet opened={opened} onClose={onClose} title={title}>
      <Stack gap="md" pb="md">
        <div>
          <Text size="sm" fw={600} id="reglage-nb">
            Nombre de personnes
          </Text>
          <Group gap="md" mt={6} aria-labelledby="reglage-nb" role="group">
            <ActionIcon size={48} variant="light" onClick={() => step(-1)} aria-label="Une personne de moins">
              −
            </ActionIcon>
            <Text fz={28} fw={700} w={56} ta="center" aria-live="polite">
              {r.nbPersonnes}
            </Text>
            <ActionIcon size={48} variant="light" onClick={() => step(1)} aria-label="Une personne de plus">
              +
            </ActionIcon>
          </Group>
        </div>
        <Chip.Group value={r.public} onChange={(v) => setR((x) => ({ ...x, public: v as Public }))}>
          <Text size="sm" fw={600}>
            Public
          </Text>
          <Group gap={6}>
            {PUBLICS.map((p) => (
              <Chip key={p} value={p} size="md">
                {PUBLIC_LABELS[p]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Chip.Group value={r.genre} onChange={(v) => setR((x) => ({ ...x, genre: v as Genre }))}>
          <Text size="sm" fw={600}>
            Genre
          </Text>
          <Group gap={6}>
            {GENRES.map((g) => (
              <Chip key={g} value={g} size="md">
                {GENRE_LABELS[g]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Button size="lg" onClick={() => onSave(r)}>
          Enregistrer
        </Button>
      </Stack>
    </BottomSheet>
  );
}
