import type { ImportReport } from '@domain/annuaire/annuaire.schema';
import { Alert, Anchor, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { errorMessage } from '../../../lib/api-client';
import { EXPORT_URLS, useImportAnnuaire } from '../api/import-annuaire';

const MAX_REJETS_SHOWN = 20;

function Report({ r }: { r: ImportReport }) {
  return (
    <Alert color={r.nbRejets ? 'yellow' : 'teal'} variant="light" title="Import terminé" role="status">
      <Stack gap={4}>
        <Text size="sm">
          Structures : {r.structures.crees} créée(s), {r.structures.misesAJour} mise(s) à jour. Services :{' '}
          {r.services.crees} créé(s), {r.services.misesAJour} mis à jour. Rejetés : {r.nbRejets}.
        </Text>
        {r.rejets.length ? (
          <List size="sm">
            {r.rejets.slice(0, MAX_REJETS_SHOWN).map((j) => (
              <List.Item key={`${j.type}-${j.index}`}>
                {j.type === 'structure' ? 'Structure' : 'Service'} n° {j.index + 1}
                {j.id ? ` (${j.id})` : ''} :{' '}
                {j.raisons.map((x) => (x.champ ? `${x.champ} — ${x.message}` : x.message)).join(' ; ')}
              </List.Item>
            ))}
          </List>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** Import a data·inclusion JSON file ({structures, services}) and export the directory back. */
export function ImportPanel() {
  const importer = useImportAnnuaire();
  const [error, setError] = useState<string | null>(null);
  const onFile = async (file: File | null) => {
    setError(null);
    if (!file) return;
    let payload: unknown;
    try {
      payload = JSON.parse(await file.text());
    } catch {
      setError('Ce fichier n’est pas un JSON lisible.');
      return;
    }
    const p = payload as { structures?: unknown[]; services?: unknown[] };
    importer.mutate(
      { structures: p.structures ?? [], services: p.services ?? [] },
      { onError: (e) => setError(errorMessage(e)) },
    );
  };
  return (
    <Stack gap="xs">
      <Group gap="md" align="flex-end" wrap="wrap">
        <FileInput
          label="Importer un fichier data·inclusion (JSON)"
          description="Un objet { structures: […], services: […] }, comme le sert l’API nationale."
          accept="application/json,.json"
          onChange={onFile}
          clearable
          maw={420}
          disabled={importer.isPending}
        />
        <Text size="sm">
          Exporter : <Anchor href={EXPORT_URLS.structures}>structures</Anchor> ·{' '}
          <Anchor href={EXPORT_URLS.services}>services</Anchor>
        </Text>
      </Group>
      <FormAlert message={error} title="Import impossible" />
      {importer.data ? <Report r={importer.data} /> : null}
    </Stack>
  );
}
