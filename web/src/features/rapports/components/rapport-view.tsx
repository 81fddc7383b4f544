import { rapportGraphiques } from '@domain/rapports/rapport.charts';
import type { MediateursVisibles } from '@domain/rapports/rapport.rules';
import type { RapportActivite } from '@domain/rapports/rapport.schema';
import { type Cell, rapportTableaux, type Tableau } from '@domain/rapports/rapport.tables';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { type DataColumn, DataList } from '../../../components/ui/data-list';
import { RapportCharts } from './rapport-charts';

const nombre = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
/** A figure, or « — » where there is none (a median of nothing, a line absent last year). */
const fmt = (n: number | null) => (n === null ? '—' : nombre.format(n));
/** Empty cells of the table model stand for « no figure ». */
const figure = (c: Cell | undefined): number | null => (typeof c === 'number' ? c : null);

interface Ligne {
  key: string;
  label: string;
  /** One figure per column: [this period, previous year]. */
  values: Array<[number | null, number | null]>;
}

function ComparisonTable({
  id,
  titre,
  colonnes,
  lignes,
}: {
  id: string;
  titre: string;
  colonnes: string[];
  lignes: Ligne[];
}) {
  // A table where the room allows it, a card per line on a phone (a 360 px screen never scrolls sideways).
  const columns: DataColumn<Ligne>[] = [
    { key: 'label', header: 'Libellé', render: (l) => l.label },
    ...colonnes.flatMap((c, i) => [
      {
        key: `${c}-n`,
        header: c,
        render: (l: Ligne) => <Text fw={600}>{fmt(l.values[i]?.[0] ?? null)}</Text>,
      },
      {
        key: `${c}-p`,
        header: colonnes.length > 1 ? `${c} (an passé)` : 'An passé',
        render: (l: Ligne) => <Text c="dimmed">{fmt(l.values[i]?.[1] ?? null)}</Text>,
      },
    ]),
  ];
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id}>
        {titre}
      </Title>
      <DataList
        rows={lignes}
        columns={columns}
        rowKey={(l) => l.key}
        caption={titre}
        minTableWidth={colonnes.length > 1 ? 520 : 320}
      />
    </Stack>
  );
}

/** One shared table beside the same table a year earlier, rows matched by their code. */
function comparaison(t: Tableau, avant: Tableau | undefined): { colonnes: string[]; lignes: Ligne[] } {
  return {
    colonnes: t.colonnes.slice(2),
    lignes: t.lignes.map(([code, label, ...valeurs]) => {
      const prev = avant?.lignes.find((r) => r[0] === code);
      return {
        key: String(code),
        label: t.feuille === 'QPV' ? `${label} (${code})` : String(label),
        values: valeurs.map((v, i) => [figure(v), figure(prev?.[i + 2])] as [number | null, number | null]),
      };
    }),
  };
}

/**
 * Key figures, charts, the map (given by the page) and every table of the report, this period
 * beside the same period a year earlier. `mediateurs` says which per-mediator lines the server
 * sent (rapport.rules): all of them, or only the reader's own.
 */
export function RapportView({
  courant: c,
  precedent: p,
  qpvNoms,
  mediateurs,
  carte,
}: {
  courant: RapportActivite;
  precedent: RapportActivite;
  qpvNoms: Record<string, string>;
  mediateurs: MediateursVisibles;
  carte?: ReactNode;
}) {
  const tableaux = rapportTableaux(c, qpvNoms);
  const avant = new Map(rapportTableaux(p, qpvNoms).map((t) => [t.feuille, t]));
  const [synthese, ...tables] = tableaux;
  const chiffres = synthese ? comparaison(synthese, avant.get(synthese.feuille)).lignes : [];
  return (
    <Stack gap="xl">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} component="section" aria-label="Chiffres clés">
        {chiffres.map(({ key, label, values: [[cur, prev] = [0, 0]] }) => (
          <Paper key={key} withBorder p="sm" radius="md">
            <Text size="xl" fw={700}>
              {fmt(cur)}
            </Text>
            <Text size="sm">{label}</Text>
            <Text size="xs" c="dimmed">
              An passé : {fmt(prev)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <RapportCharts graphiques={rapportGraphiques(c, p, qpvNoms)} />
      {carte}
      {tables.map((t) => (
        <ComparisonTable
          key={t.feuille}
          id={`t-${t.feuille.toLowerCase()}`}
          titre={t.titre}
          {...comparaison(t, avant.get(t.feuille))}
        />
      ))}
      {c.par_mediateur.length > 0 ? (
        <ComparisonTable
          id="t-mediateurs"
          titre={mediateurs === 'tous' ? 'Présence par médiateur·rice' : 'Ma présence sur la période'}
          colonnes={['Activités', 'Heures']}
          lignes={c.par_mediateur.map((m) => {
            const b = p.par_mediateur.find((x) => x.id === m.id) ?? { activites: 0, heures: 0 };
            return {
              key: m.id,
              label: m.nom,
              values: [
                [m.activites, b.activites],
                [m.heures, b.heures],
              ],
            };
          })}
        />
      ) : null}
      {mediateurs !== 'tous' && mediateurs !== 'aucun' ? (
        <Text size="sm" c="dimmed">
          Les chiffres de l’équipe sont les totaux ci-dessus ; seule la coordination voit la ligne de chaque
          médiateur·rice.
        </Text>
      ) : null}
    </Stack>
  );
}
