import { Button, Checkbox, Collapse, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Option } from '../../../lib/reference-options';
import type { ServiceFilters as Filters } from '../api/get-services';
import { PUBLIC_OPTIONS, THEMATIQUE_OPTIONS } from './options';

/**
 * Directory search first (what a mediator types with a resident in front of them), the other
 * filters folded under « Plus de filtres »; QPV options come from the structure's territories.
 */
export function ServiceFilters({
  value,
  onChange,
  qpvOptions,
}: {
  value: Filters;
  onChange: (f: Filters) => void;
  qpvOptions: Option[];
}) {
  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => onChange({ ...value, [k]: v });
  const actifs = [value.thematique, value.public, value.commune, value.qpv, value.ouvertMaintenant].filter(
    Boolean,
  ).length;
  const [open, setOpen] = useState(actifs > 0);
  return (
    <Stack gap="xs">
      <TextInput
        label="Rechercher un service"
        placeholder="Nom du service ou de la structure"
        value={value.q}
        onChange={(e) => set('q', e.currentTarget.value)}
        type="search"
        size="md"
        // The page exists to search: the cursor waits in the box.
        data-autofocus
        autoFocus
      />
      <Button
        variant="subtle"
        size="md"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-controls="annuaire-filtres"
        style={{ alignSelf: 'flex-start' }}
      >
        {open ? 'Moins de filtres' : `Plus de filtres${actifs ? ` (${actifs})` : ''}`}
      </Button>
      <Collapse expanded={open} id="annuaire-filtres">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          <Select
            label="Thématique"
            placeholder="Toutes"
            data={THEMATIQUE_OPTIONS}
            value={value.thematique}
            onChange={(v) => set('thematique', v)}
            clearable
            searchable
          />
          <Select
            label="Public"
            placeholder="Tous"
            data={PUBLIC_OPTIONS}
            value={value.public}
            onChange={(v) => set('public', v)}
            clearable
          />
          <TextInput
            label="Commune"
            placeholder="Nom ou code INSEE"
            value={value.commune}
            onChange={(e) => set('commune', e.currentTarget.value)}
          />
          <Select
            label="QPV"
            placeholder="Tous"
            data={qpvOptions}
            value={value.qpv}
            onChange={(v) => set('qpv', v)}
            clearable
          />
          <Checkbox
            label="Ouvert maintenant"
            checked={value.ouvertMaintenant}
            onChange={(e) => set('ouvertMaintenant', e.currentTarget.checked)}
            mt={{ base: 0, sm: 'xl' }}
            size="md"
          />
        </SimpleGrid>
      </Collapse>
    </Stack>
  );
}
