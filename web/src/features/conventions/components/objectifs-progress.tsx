import type { ObjectifRealise } from '@domain/conventions/convention.schema';
import { Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';

const nombre = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const fmt = (n: number) => nombre.format(n);

/** Each objective: done against target as a bar and in figures (the bar stops at 100 %). */
export function ObjectifsProgress({ objectifs }: { objectifs: ObjectifRealise[] }) {
  if (objectifs.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Cette convention n’a pas d’objectif chiffré.
      </Text>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {objectifs.map((o) => {
        const atteint = o.taux !== null && o.taux >= 100;
        return (
          <Paper component="li" key={o.indicateur} withBorder p="md" radius="md">
            <Stack gap={6}>
              <Group justify="space-between" align="baseline" gap="xs" wrap="nowrap">
                <Text fw={600} style={{ minWidth: 0 }}>
                  {o.libelle}
                </Text>
                <Text fw={700} size="lg" c={atteint ? 'teal.9' : undefined}>
                  {o.taux === null ? '—' : `${fmt(o.taux)} %`}
                </Text>
              </Group>
              <Progress
                value={Math.min(o.taux ?? 0, 100)}
                color={atteint ? 'teal' : 'blue'}
                size="lg"
                radius="xl"
                aria-label={`${o.libelle} : ${o.taux === null ? 'sans cible' : `${fmt(o.taux)} % de la cible`}`}
              />
              <Text size="sm">
                Réalisé <strong>{fmt(o.realise)}</strong> sur une cible de <strong>{fmt(o.cible)}</strong>
              </Text>
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
