import { Button, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert';
import { errorMessage } from '../../../lib/api-client';
import type { Option } from '../../../lib/reference-options';
import { useTransmettre } from '../api/transmettre';

/** The coordinator sends the signalement to a partner (the partner gets the e-mail with the link). */
export function TransmissionForm({
  signalementId,
  partenaires,
  current,
}: {
  signalementId: string;
  partenaires: Option[];
  current: string | null;
}) {
  const [partenaireId, setPartenaireId] = useState<string | null>(current);
  const transmettre = useTransmettre(signalementId);
  return (
    <>
      <Group gap="xs" align="flex-end">
        <Select
          label="Partenaire en charge"
          data={partenaires}
          value={partenaireId}
          onChange={setPartenaireId}
          searchable
          style={{ flex: '1 1 14rem' }}
        />
        <Button
          disabled={!partenaireId}
          loading={transmettre.isPending}
          onClick={() => partenaireId && transmettre.mutate(partenaireId)}
        >
          Transmettre
        </Button>
      </Group>
      <FormAlert
        message={transmettre.error ? errorMessage(transmettre.error) : null}
        title="Transmission impossible"
      />
    </>
  );
}
