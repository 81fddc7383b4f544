import type { DiagnosticView } from '@domain/signalements/signalement.schema';
import { Button, Group, MultiSelect, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { DataList } from '../../../components/ui/data-list';
import { FormAlert } from '../../../components/ui/form-alert';
import { PagedList } from '../../../components/ui/paged-list';
import { errorMessage } from '../../../lib/api-client';
import { formatDate, todayParis } from '../../../lib/dates';
import type { Option } from '../../../lib/reference-options';
import { useCreateDiagnostic } from '../api/create-diagnostic';
import { useDiagnostics } from '../api/get-diagnostics';
import { diagnosticPdfUrl } from '../api/keys';

/** Walks with residents and partners: open one, then capture its signalements; export the PDF list. */
export function DiagnosticsPanel({
  territoires,
  partenaires,
}: {
  territoires: Option[];
  partenaires: Option[];
}) {
  const [titre, setTitre] = useState('');
  const [territoireId, setTerritoireId] = useState<string | null>(territoires[0]?.value ?? null);
  const [nbHabitants, setNbHabitants] = useState<number | string>(0);
  const [partenaireIds, setPartenaireIds] = useState<string[]>([]);
  const create = useCreateDiagnostic();
  const diagnostics = useDiagnostics();
  return (
    <Stack gap="sm">
      <PagedList
        query={diagnostics}
        label="les diagnostics"
        noun={['diagnostic', 'diagnostics']}
        empty="Aucun diagnostic en marchant pour l’instant."
      >
        {(rows: DiagnosticView[]) => (
          <DataList
            rows={rows}
            rowKey={(d) => d.id}
            caption="Diagnostics en marchant"
            empty="Aucun diagnostic en marchant pour l’instant."
            columns={[
              { key: 'titre', header: 'Titre', render: (d) => d.titre },
              { key: 'date', header: 'Date', render: (d) => formatDate(d.date) },
              { key: 'habitants', header: 'Habitant·es', render: (d) => d.nbHabitants },
              {
                key: 'partenaires',
                header: 'Partenaires présents',
                render: (d) => d.partenaires.map((p) => p.nom).join(', ') || '—',
              },
              { key: 'n', header: 'Signalements', render: (d) => d.nbSignalements },
            ]}
            actions={(d) => (
              <Button
                component="a"
                href={diagnosticPdfUrl(d.id)}
                variant="default"
                miw={44}
                aria-label={`PDF du diagnostic ${d.titre}`}
              >
                PDF
              </Button>
            )}
          />
        )}
      </PagedList>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          label="Titre"
          value={titre}
          onChange={(e) => setTitre(e.currentTarget.value)}
          style={{ flex: '1 1 14rem' }}
        />
        <Select
          label="QPV"
          data={territoires}
          value={territoireId}
          onChange={setTerritoireId}
          style={{ flex: '1 1 12rem' }}
        />
        <NumberInput
          label="Habitant·es présent·es"
          min={0}
          max={1000}
          value={nbHabitants}
          onChange={setNbHabitants}
          style={{ flex: '0 1 10rem' }}
        />
        <MultiSelect
          label="Partenaires présents"
          data={partenaires}
          value={partenaireIds}
          onChange={setPartenaireIds}
          searchable
          style={{ flex: '1 1 14rem' }}
        />
        <Button
          disabled={!titre.trim() || !territoireId}
          loading={create.isPending}
          onClick={() =>
            create.mutate(
              {
                id: crypto.randomUUID(),
                titre: titre.trim(),
                territoireId: territoireId!,
                date: todayParis(),
                nbHabitants: Number(nbHabitants) || 0,
                partenaireIds,
              },
              { onSuccess: () => setTitre('') },
            )
          }
        >
          Ouvrir le diagnostic
        </Button>
      </Group>
      <FormAlert message={create.error ? errorMessage(create.error) : null} />
    </Stack>
  );
}
