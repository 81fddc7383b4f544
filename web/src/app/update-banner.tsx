import { Button, Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useAppUpdate } from './app-update';

/** « Une nouvelle version de Trame est prête. »: the user applies it when their capture is done. */
export function UpdateBanner() {
  const apply = useAppUpdate();
  const [busy, setBusy] = useState(false);
  if (!apply) return null;
  return (
    <Paper
      role="status"
      shadow="md"
      withBorder
      p="sm"
      pos="fixed"
      left={8}
      right={8}
      maw={480}
      mx="auto"
      // Above the phone's bottom bar (64 px) and the device's safe area.
      style={{ bottom: 'calc(72px + env(safe-area-inset-bottom))', zIndex: 300 }}
    >
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Text size="sm">Une nouvelle version de Trame est prête.</Text>
        <Button
          size="sm"
          loading={busy}
          onClick={() => {
            setBusy(true);
            void apply();
          }}
        >
          Mettre à jour
        </Button>
      </Group>
    </Paper>
  );
}
