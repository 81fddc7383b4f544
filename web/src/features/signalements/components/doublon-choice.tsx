import {
  CATEGORIE_LABELS,
  type Categorie,
  DOUBLON_RAYON_M,
  STATUT_LABELS,
} from '@domain/signalements/signalement.schema';
import { Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { formatDate } from '../../../lib/dates';
import { useDoublons } from '../api/get-doublons';

/** The signalement being marked: its candidates are found around its point. */
export interface DoublonSubject {
  id: string;
  categorie: Categorie;
  latitude: number | null;
  longitude: number | null;
}

/** The original picked among the nearby candidates, or typed by its number (« n° 395 »). */
export type DoublonValue = { doublonDeId: string } | { doublonDeNumero: string };

const AUTRE = 'autre';

/**
 * Which signalement this one repeats: the open ones of the same category within 50 m (the check
 * already made at capture), nearest first, as big tappable cards; or « Autre numéro », typed as
 * people see it. No internal id is ever asked for.
 */
export function DoublonChoice({
  subject,
  value,
  onChange,
}: {
  subject: DoublonSubject;
  value: DoublonValue | null;
  onChange: (v: DoublonValue | null) => void;
}) {
  const candidates = useDoublons({
    categorie: subject.categorie,
    latitude: subject.latitude,
    longitude: subject.longitude,
    exclure: subject.id,
  });
  const list = candidates.data ?? [];
  const selected = value === null ? null : 'doublonDeId' in value ? value.doublonDeId : AUTRE;
  const typed = value && 'doublonDeNumero' in value ? value.doublonDeNumero : '';
  const showNumber =
    selected === AUTRE || (candidates.isSuccess && list.length === 0) || subject.latitude === null;
  return (
    <Stack gap="xs">
      <Radio.Group
        label="Doublon de"
        description={
          list.length
            ? `Signalements ouverts de la même catégorie à moins de ${DOUBLON_RAYON_M} m, le plus proche d’abord.`
            : candidates.isSuccess || subject.latitude === null
              ? `Aucun signalement ouvert de la même catégorie à moins de ${DOUBLON_RAYON_M} m : indiquez le numéro de l’original.`
              : undefined
        }
        value={selected}
        onChange={(v) => onChange(v === AUTRE ? { doublonDeNumero: typed } : { doublonDeId: v })}
      >
        <Stack gap={6} mt={4}>
          {list.map((d) => (
            <Radio.Card key={d.id} value={d.id} radius="md" p="sm" withBorder style={{ minHeight: 48 }}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Radio.Indicator mt={2} />
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text fw={700} size="sm">
                    n° {d.numero} · à {d.distanceM} m
                  </Text>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {CATEGORIE_LABELS[d.categorie]} · {STATUT_LABELS[d.statut]} · vu le{' '}
                    {formatDate(d.observeLe)}
                    {d.lieuNom ? ` · ${d.lieuNom}` : ''}
                  </Text>
                  {d.description ? (
                    <Text size="xs" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                      {d.description}
                    </Text>
                  ) : null}
                </Stack>
              </Group>
            </Radio.Card>
          ))}
          {list.length ? (
            <Radio.Card value={AUTRE} radius="md" p="sm" withBorder style={{ minHeight: 48 }}>
              <Group gap="sm" wrap="nowrap">
                <Radio.Indicator />
                <Text size="sm" fw={600}>
                  Autre numéro
                </Text>
              </Group>
            </Radio.Card>
          ) : null}
        </Stack>
      </Radio.Group>
      {showNumber ? (
        <TextInput
          label="Numéro du signalement d’origine"
          description="Tel qu’il est affiché, par exemple « n° 395 »."
          placeholder="n° 395"
          inputMode="numeric"
          size="md"
          value={typed}
          onChange={(e) => onChange({ doublonDeNumero: e.currentTarget.value })}
        />
      ) : null}
    </Stack>
  );
}
