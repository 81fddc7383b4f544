import type { RapportActivite } from '@domain/rapports/rapport.schema';
import { rapportTableaux, type Tableau } from '@domain/rapports/rapport.tables';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type DataColumn, DataList } from '../../../components/ui/data-list';

const nombre = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const fmt = (c: string | number) => (typeof c === 'number' ? nombre.format(c) : c);

type Row = Tableau['lignes'][number];

function TableauSimple({ t, id }: { t: Tableau; id: string }) {
  // A table where the room allows it, a card per line on a phone.
  const columns: DataColumn<Row>[] = t.colonnes.slice(1).map((c, i) => ({
    key: c,
    header: c,
    render: (row: Row) => fmt(row[i + 1] as string | number),
  }));
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id}>
        {t.titre}
      </Title>
      <DataList
        rows={t.lignes}
        columns={columns}
        rowKey={(row) => String(row[0])}
        caption={t.titre}
        minTableWidth={Math.max(320, 140 * columns.length)}
      />
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
