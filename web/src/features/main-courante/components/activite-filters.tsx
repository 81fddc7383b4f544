import type { MediateurView } from '@domain/main-courante/activite.views';
import { CADRE_LIST, NATURE_LIST, STATUT_REVUE_LIST } from '@domain/main-courante/main-courante.taxonomies';
import { addDays } from '@domain/time/paris';
import { ActionIcon, Group, NativeSelect, SegmentedControl, SimpleGrid, Text } from '@mantine/core';
import { territoireOptions } from '../../../lib/reference-options';
import type { ActiviteFilters } from '../api/get-activites';
import { formatDay, formatLongDay, mondayOf } from './labels';

export interface Periode {
  vue: 'jour' | 'semaine';
  jour: string;
}

export const periodeRange = (p: Periode) =>
  p.vue === 'jour' ? { du: p.jour, au: p.jour } : { du: mondayOf(p.jour), au: addDays(mondayOf(p.jour), 6) };

type Opt = { value: string; label: string };
const opts = (all: string, list: Opt[]) => [{ value: '', label: all }, ...list];

/** Day or week, then QPV, mediator, cadre, nature and review status. */
export function ActiviteFiltersBar({
  periode,
  onPeriode,
  filters,
  onFilters,
  territoires,
  mediateurs,
}: {
  periode: Periode;
  onPeriode: (p: Periode) => void;
  filters: ActiviteFilters;
  onFilters: (f: ActiviteFilters) => void;
  territoires: Array<{ id: string; nom: string; qpvCode: string }>;
  mediateurs: MediateurView[];
}) {
  const range = periodeRange(periode);
  const step = periode.vue === 'jour' ? 1 : 7;
  const set = (key: keyof ActiviteFilters) => (e: React.ChangeEvent<HTMLSelectElement>) =>
    onFilters({ ...filters, [key]: e.currentTarget.value || undefined });
  return (
    <>
      <Group gap="sm" wrap="wrap">
        <SegmentedControl
          aria-label="Période"
          value={periode.vue}
          onChange={(v) => onPeriode({ ...periode, vue: v as Periode['vue'] })}
          data={[
            { value: 'jour', label: 'Jour' },
            { value: 'semaine', label: 'Semaine' },
          ]}
        />
        <Group gap={4} wrap="nowrap">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={periode.vue === 'jour' ? 'Jour précédent' : 'Semaine précédente'}
            onClick={() => onPeriode({ ...periode, jour: addDays(periode.jour, -step) })}
          >
            ‹
          </ActionIcon>
          <Text fw={600} size="sm" miw={0} ta="center" aria-live="polite">
            {periode.vue === 'jour'
              ? formatLongDay(range.du)
              : `Du ${formatDay(range.du)} au ${formatDay(range.au)}`}
          </Text>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={periode.vue === 'jour' ? 'Jour suivant' : 'Semaine suivante'}
            onClick={() => onPeriode({ ...periode, jour: addDays(periode.jour, step) })}
          >
            ›
          </ActionIcon>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
        <NativeSelect
          label="Quartier"
          value={filters.territoireId ?? ''}
          onChange={set('territoireId')}
          data={opts('Tous', territoireOptions(territoires))}
        />
        <NativeSelect
          label="Médiateur·rice"
          value={filters.mediateurId ?? ''}
          onChange={set('mediateurId')}
          data={opts(
            'Tous',
            mediateurs.map((m) => ({ value: m.id, label: `${m.prenom} ${m.nom}` })),
          )}
        />
        <NativeSelect
          label="Cadre"
          value={filters.cadre ?? ''}
          onChange={set('cadre')}
          data={opts('Tous', CADRE_LIST.options)}
        />
        <NativeSelect
          label="Nature de contact"
          value={filters.nature ?? ''}
          onChange={set('nature')}
          data={opts('Toutes', NATURE_LIST.options)}
        />
        <NativeSelect
          label="Revue"
          value={filters.statut ?? ''}
          onChange={set('statut')}
          data={opts('Toutes', [{ value: 'en_cours', label: 'En cours' }, ...STATUT_REVUE_LIST.options])}
        />
      </SimpleGrid>
    </>
  );
}
