import {
  CADRE_LABELS,
  CADRES,
  CRENEAU_LABELS,
  CRENEAUX,
  GENRE_LABELS,
  GENRES,
  NATURE_LABELS,
  NATURES,
  PUBLIC_LABELS,
  PUBLICS,
  REGISTRE_LABELS,
  REGISTRES,
} from '@domain/main-courante/main-courante.taxonomies';
import type { RapportActivite } from '@domain/rapports/rapport.schema';
import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';

const nombre = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const fmt = (n: number) => nombre.format(n);

interface Ligne {
  key: string;
  label: string;
  /** One figure per column: [this period, previous year]. */
  values: Array<[number, number]>;
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
  return (
    <Stack gap="xs">
      <Title order={2} size="h4" id={id}>
        {titre}
      </Title>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable) */}
      <section tabIndex={0} aria-label={titre} style={{ overflowX: 'auto' }}>
        <Table striped miw={colonnes.length > 1 ? 520 : 320}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Libellé</Table.Th>
              {colonnes.flatMap((c) => [
                <Table.Th scope="col" ta="right" key={`${c}-n`}>
                  {c}
                </Table.Th>,
                <Table.Th scope="col" ta="right" key={`${c}-p`}>
                  An passé
                </Table.Th>,
              ])}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lignes.map((l) => (
              <Table.Tr key={l.key}>
                <Table.Td>{l.label}</Table.Td>
                {l.values.flatMap(([cur, prev], i) => [
                  <Table.Td ta="right" key={`${colonnes[i]}-n`} fw={600}>
                    {fmt(cur)}
                  </Table.Td>,
                  <Table.Td ta="right" key={`${colonnes[i]}-p`} c="dimmed">
                    {fmt(prev)}
                  </Table.Td>,
                ])}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
    </Stack>
  );
}

function personnes<K extends string>(
  codes: readonly K[],
  labels: Record<K, string>,
  cur: Record<K, number>,
  prev: Record<K, number>,
): Ligne[] {
  return codes.map((k) => ({ key: k, label: labels[k], values: [[cur[k], prev[k]]] }));
}

/** Key figures and every table of the report, this period beside the same period a year earlier. */
export function RapportView({
  courant: c,
  precedent: p,
  qpvNoms,
}: {
  courant: RapportActivite;
  precedent: RapportActivite;
  qpvNoms: Record<string, string>;
}) {
  const chiffres: Array<[string, number, number]> = [
    ['Activités', c.presence.activites, p.presence.activites],
    ['Heures de présence', c.presence.heures, p.presence.heures],
    ['Heures × médiateurs', c.presence.heures_mediateurs, p.presence.heures_mediateurs],
    ['Contacts', c.contacts.nombre, p.contacts.nombre],
    ['Personnes rencontrées', c.contacts.personnes, p.contacts.personnes],
  ];
  return (
    <Stack gap="xl">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} component="section" aria-label="Chiffres clés">
        {chiffres.map(([label, cur, prev]) => (
          <Paper key={label} withBorder p="sm" radius="md">
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
      <ComparisonTable
        id="t-registres"
        titre="Personnes par registre"
        colonnes={['Personnes']}
        lignes={personnes(REGISTRES, REGISTRE_LABELS, c.contacts.par_registre, p.contacts.par_registre)}
      />
      <ComparisonTable
        id="t-qpv"
        titre="Par quartier prioritaire (QPV)"
        colonnes={['Activités', 'Heures', 'Personnes']}
        lignes={Object.entries(c.par_qpv).map(([code, q]) => {
          const b = p.par_qpv[code] ?? { activites: 0, heures: 0, personnes: 0 };
          return {
            key: code,
            label: `${qpvNoms[code] ?? code} (${code})`,
            values: [
              [q.activites, b.activites],
              [q.heures, b.heures],
              [q.personnes, b.personnes],
            ],
          };
        })}
      />
      {c.par_mediateur.length > 0 ? (
        <ComparisonTable
          id="t-mediateurs"
          titre="Présence par médiateur·rice"
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
      <ComparisonTable
        id="t-cadres"
        titre="Présence par cadre d’intervention"
        colonnes={['Activités', 'Heures']}
        lignes={CADRES.map((k) => ({
          key: k,
          label: CADRE_LABELS[k],
          values: [
            [c.presence.par_cadre[k].activites, p.presence.par_cadre[k].activites],
            [c.presence.par_cadre[k].heures, p.presence.par_cadre[k].heures],
          ],
        }))}
      />
      <ComparisonTable
        id="t-creneaux"
        titre="Heures par créneau"
        colonnes={['Heures']}
        lignes={CRENEAUX.map((k) => ({
          key: k,
          label: CRENEAU_LABELS[k],
          values: [[c.presence.par_creneau[k], p.presence.par_creneau[k]]],
        }))}
      />
      <ComparisonTable
        id="t-natures"
        titre="Personnes par nature de contact"
        colonnes={['Personnes']}
        lignes={personnes(NATURES, NATURE_LABELS, c.contacts.par_nature, p.contacts.par_nature)}
      />
      <ComparisonTable
        id="t-publics"
        titre="Personnes par public"
        colonnes={['Personnes']}
        lignes={personnes(PUBLICS, PUBLIC_LABELS, c.contacts.par_public, p.contacts.par_public)}
      />
      <ComparisonTable
        id="t-genres"
        titre="Personnes par genre"
        colonnes={['Personnes']}
        lignes={personnes(GENRES, GENRE_LABELS, c.contacts.par_genre, p.contacts.par_genre)}
      />
    </Stack>
  );
}
