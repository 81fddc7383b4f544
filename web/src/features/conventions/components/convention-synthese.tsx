import type { RapportActivite } from '@domain/rapports/rapport.schema';
import { rapportTableaux, type Tableau } from '@domain/rapports/rapport.tables';
import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';

const nombre = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const fmt = (c: string | number) => (typeof c === 'number' ? nombre.format(c) : c);

function TableauSimple({ t, id }: { t: Tableau; id: string }) {
  return (
    <Stack gap="xs">
      <Title order={2} size="h4" id={id}>
        {t.titre}
      </Title>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable) */}
      <section tabIndex={0} aria-labelledby={id} style={{ overflowX: 'auto' }}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              {t.colonnes.slice(1).map((c, i) => (
                <Table.Th key={c} scope="col" ta={i ? 'right' : undefined}>
                  {c}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {t.lignes.map(([code, ...cells]) => (
              <Table.Tr key={String(code)}>
                {cells.map((c, i) => (
                  <Table.Td key={t.colonnes[i + 1]} ta={i ? 'right' : undefined}>
                    {fmt(c)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
    </Stack>
  );
}

/** The report of the convention's perimeter: key figures, then hours per cadre and the QPV lines. */
export function ConventionSynthese({
  rapport,
  qpvNoms,
}: {
  rapport: RapportActivite;
  qpvNoms: Record<string, string>;
}) {
  const tableaux = rapportTableaux(rapport, qpvNoms);
  const synthese = tableaux.find((t) => t.feuille === 'Synthese');
  return (
    <Stack gap="xl">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} component="section" aria-label="Chiffres clés">
        {synthese?.lignes.map(([code, label, value]) => (
          <Paper key={String(code)} withBorder p="sm" radius="md">
            <Text size="xl" fw={700}>
              {fmt(value ?? 0)}
            </Text>
            <Text size="sm">{label}</Text>
          </Paper>
        ))}
      </SimpleGrid>
      {tableaux
        .filter((t) => t.feuille === 'Cadres' || t.feuille === 'QPV')
        .map((t) => (
          <TableauSimple key={t.feuille} t={t} id={`conv-${t.feuille.toLowerCase()}`} />
        ))}
    </Stack>
  );
}
