import { formatNombre, type Graphique, graphiqueDescription, part } from '@domain/rapports/rapport.charts';
import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';

/** Period in the theme's blue, last year in grey (both ≥ 3:1 against white, WCAG 1.4.11). */
const COLORS = ['var(--mantine-color-blue-7)', 'var(--mantine-color-gray-6)'] as const;
/** Bars fill at most this share of the width: the rest holds the figure after the longest bar. */
const BAR_SHARE = 78;
const LINE = 17;
const BAR = 12;
const ROW_GAP = 16;

/** Splits a label on spaces into at most two lines of about `max` characters (then an ellipsis). */
function wrap(label: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  if (lines.length <= 2) return lines;
  const second = lines.slice(1).join(' ');
  return [lines[0]!, `${second.slice(0, max - 1)}…`];
}

function Legend({ series }: { series: Graphique['series'] }) {
  return (
    <Group gap="md" aria-hidden="true">
      {series.map((s, i) => (
        <Group key={s} gap={6} wrap="nowrap">
          <span style={{ width: 12, height: 12, borderRadius: 2, background: COLORS[i] }} />
          <Text size="xs">{s}</Text>
        </Group>
      ))}
    </Group>
  );
}

/**
 * One horizontal bar chart: per bar its label above, then this period and last year. Widths are
 * percentages, so the chart fills a 360 px phone as well as a desktop column.
 */
export function BarChart({ graphique: g }: { graphique: Graphique }) {
  let y = 0;
  const rows = g.barres.map((b) => {
    const lines = wrap(b.label, 40);
    const top = y;
    y += lines.length * LINE + 4 + 2 * BAR + 4 + ROW_GAP;
    return { b, lines, top };
  });
  const height = Math.max(y - ROW_GAP, LINE);
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {g.titre}
        </Title>
        <Legend series={g.series} />
        {g.barres.length === 0 ? (
          <Text size="sm" c="dimmed">
            Aucune donnée sur les deux périodes.
          </Text>
        ) : (
          <svg
            role="img"
            aria-label={graphiqueDescription(g)}
            width="100%"
            height={height}
            style={{ display: 'block', overflow: 'visible' }}
          >
            {rows.map(({ b, lines, top }) => {
              const barsTop = top + lines.length * LINE + 4;
              return (
                <g key={b.code}>
                  {lines.map((l, k) => (
                    <text key={l} x={0} y={top + 13 + k * LINE} fontSize={13} fill="currentColor">
                      {l}
                    </text>
                  ))}
                  {b.valeurs.map((v, j) => {
                    const w = `${(part(v, g.max) * BAR_SHARE).toFixed(2)}%`;
                    const by = barsTop + j * (BAR + 4);
                    return (
                      <g key={g.series[j]}>
                        <rect x={0} y={by} width={w} height={BAR} rx={2} fill={COLORS[j]} />
                        <text
                          x={w}
                          dx={6}
                          y={by + 10}
                          fontSize={12}
                          fill={j === 0 ? 'currentColor' : 'var(--mantine-color-dimmed)'}
                        >
                          {formatNombre(v)}
                        </text>
                      </g>
                    );
                  })}
                </g>
              );
            })}
          </svg>
        )}
      </Stack>
    </Paper>
  );
}

/** The report's charts, two a row on a wide screen, one under the other on a phone. */
export function RapportCharts({ graphiques }: { graphiques: Graphique[] }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby="g-titre">
      <Title order={2} size="h4" id="g-titre">
        Graphiques : la période et l’an passé
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {graphiques.map((g) => (
          <BarChart key={g.id} graphique={g} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
