import type { ServiceView } from '@domain/annuaire/annuaire.schema';
import { Button, Card, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { useServiceChoices } from '../api/get-service-choices';
import { EMPTY_FILTERS } from '../api/get-services';
import { OpenBadge } from './service-card';

/**
 * Picks a directory service with a search field and big tappable results (phone, one thumb).
 * `thematique` narrows the first results to the request's motive.
 */
export function ServicePicker({
  value,
  onChange,
  thematique,
  error,
}: {
  value: ServiceView | null;
  onChange: (s: ServiceView | null) => void;
  thematique: string | null;
  error?: string;
}) {
  const [q, setQ] = useState('');
  const deferred = useDeferredValue(q);
  const services = useServiceChoices(
    { ...EMPTY_FILTERS, q: deferred, thematique: deferred ? null : thematique },
    6,
  );
  if (value) {
    return (
      <Card withBorder padding="sm" radius="md">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
            <Text fw={700} size="sm" style={{ overflowWrap: 'anywhere' }}>
              {value.nom}
            </Text>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {value.structure.nom}
            </Text>
          </Stack>
          <Button variant="subtle" size="compact-sm" onClick={() => onChange(null)} style={{ flexShrink: 0 }}>
            Changer
          </Button>
        </Group>
      </Card>
    );
  }
  return (
    <Stack gap="xs">
      <TextInput
        label="Service de l’annuaire"
        placeholder="Rechercher : CAF, logement, CCAS…"
        type="search"
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        error={error}
        size="md"
      />
      <Radio.Group
        aria-label="Services proposés"
        value={null}
        onChange={(id) => onChange(services.data?.find((s) => s.id === id) ?? null)}
      >
        <Stack gap={6}>
          {(services.data ?? []).map((s) => (
            <Radio.Card key={s.id} value={s.id} radius="md" p="sm" withBorder style={{ minHeight: 48 }}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {s.nom}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {s.structure.nom}
                  </Text>
                </Stack>
                <OpenBadge ouvert={s.ouvertMaintenant} />
              </Group>
            </Radio.Card>
          ))}
          {services.data && services.data.length === 0 ? (
            <Text size="sm" c="dimmed">
              Aucun service ne correspond.
            </Text>
          ) : null}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
