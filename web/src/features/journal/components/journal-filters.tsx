import { AUDIT_CHANNEL_LIST } from '@domain/journal/audit-channel';
import { AUDIT_ENTITY_LABELS } from '@domain/journal/journal-labels';
import { Button, Select, SimpleGrid } from '@mantine/core';
import { useId, useState } from 'react';
import { PeriodeFields } from '../../../components/ui/periode-fields';
import { useIsDesktop } from '../../../components/ui/use-is-desktop';
import type { Option } from '../../../lib/reference-options';
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, type JournalFilters as Filters } from '../api/get-journal';

const ENTITY_OPTIONS = Object.entries(AUDIT_ENTITY_LABELS)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
const ACTION_OPTIONS = AUDIT_ACTIONS.map((a) => ({ value: a, label: AUDIT_ACTION_LABELS[a] }));
const CHANNEL_OPTIONS = AUDIT_CHANNEL_LIST.options;

/** Filters of the audit log; every change starts the list again from its first page. */
export function JournalFilters({
  filters,
  userOptions,
  onChange,
}: {
  filters: Filters;
  userOptions: Option[];
  onChange: (next: Filters) => void;
}) {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const activeCount = [
    filters.entityType,
    filters.action,
    filters.userId,
    filters.canal,
    filters.du,
    filters.au,
  ].filter(Boolean).length;
  const isDesktop = useIsDesktop();
  // On a phone the six filters would fill the first screen: they fold away until asked for.
  const [unfolded, setUnfolded] = useState(activeCount > 0);
  const gridId = useId();
  const shown = isDesktop || unfolded;
  return (
    <form aria-label="Filtrer le journal" onSubmit={(e) => e.preventDefault()}>
      {isDesktop ? null : (
        <Button
          variant="light"
          fullWidth
          mb={shown ? 'sm' : 0}
          aria-expanded={unfolded}
          aria-controls={gridId}
          onClick={() => setUnfolded((u) => !u)}
        >
          {unfolded ? 'Masquer les filtres' : 'Filtrer'}
          {activeCount > 0 ? ` (${activeCount} actif${activeCount > 1 ? 's' : ''})` : ''}
        </Button>
      )}
      <div id={gridId} hidden={!shown}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 6 }} spacing="sm">
          <Select
            label="Type d’élément"
            placeholder="Tous"
            data={ENTITY_OPTIONS}
            value={filters.entityType}
            onChange={(v) => set({ entityType: v })}
            clearable
          />
          <Select
            label="Action"
            placeholder="Toutes"
            data={ACTION_OPTIONS}
            value={filters.action}
            onChange={(v) => set({ action: v })}
            clearable
          />
          <Select
            label="Utilisateur"
            placeholder="Tous"
            data={userOptions}
            value={filters.userId}
            onChange={(v) => set({ userId: v })}
            searchable
            clearable
            nothingFoundMessage="Aucun compte ne correspond"
          />
          <Select
            label="Canal"
            placeholder="Tous"
            data={CHANNEL_OPTIONS}
            value={filters.canal}
            onChange={(v) => set({ canal: v })}
            clearable
          />
          <PeriodeFields
            value={{ du: filters.du ?? '', au: filters.au ?? '' }}
            onChange={(p) => set({ du: p.du || null, au: p.au || null })}
          />
        </SimpleGrid>
      </div>
      {activeCount > 0 && shown ? (
        <Button
          variant="subtle"
          size="compact-sm"
          mt="xs"
          onClick={() =>
            onChange({ entityType: null, action: null, userId: null, canal: null, du: null, au: null })
          }
        >
          Effacer les filtres
        </Button>
      ) : null}
    </form>
  );
}
