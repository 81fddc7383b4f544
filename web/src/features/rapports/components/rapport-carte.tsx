import type { RapportCarte } from '@domain/rapports/rapport-carte.schema';
import { CATEGORIE_LABELS, type Categorie } from '@domain/signalements/signalement.taxonomies';
import { Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import L from 'leaflet';
import { useEffect, useState } from 'react';
import {
  escapeHtml as esc,
  QpvMapFrame,
  type QpvPerimetres,
  useQpvMap,
} from '../../../components/ui/qpv-map';

const CONTACT = { stroke: '#1864ab', fill: '#339af0' };
const SIGNALEMENT = { stroke: '#ffffff', fill: '#d9480f' };
const nombre = new Intl.NumberFormat('fr-FR');
const fmt = (n: number) => nombre.format(n);
const pluriel = (n: number, un: string, des: string) => `${fmt(n)} ${n > 1 ? des : un}`;

/** Disc area grows with the figure: radius from `min` to `min + span` px at the largest. */
const rayon = (n: number, max: number, min: number, span: number) =>
  min + span * Math.sqrt(max > 0 ? n / max : 0);

function Pastille({ color, border, label }: { color: string; border: string; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <span
        style={{ width: 14, height: 14, borderRadius: 7, background: color, border: `2px solid ${border}` }}
      />
      <Text size="xs">{label}</Text>
    </Group>
  );
}

/**
 * Hotspot map of the period: a disc per place sized by the persons met there, and the
 * signalements gathered per square of about 50 m; each layer can be hidden. The places are
 * also listed in a table under the map.
 */
export function RapportCarteView({
  carte,
  perimetres,
  tileUrl,
  attribution,
  qpvNoms,
}: {
  carte: RapportCarte;
  perimetres: QpvPerimetres;
  qpvNoms: Record<string, string>;
  tileUrl: string | null;
  attribution: string;
}) {
  const { ref, map } = useQpvMap({ perimetres, tileUrl, zoomSnap: 0.25 });
  const [contacts, setContacts] = useState(true);
  const [signalements, setSignalements] = useState(true);
  const { lieux, non_localises: sansLieu } = carte.contacts;
  const { cellules, non_localises: sansPosition } = carte.signalements;

  useEffect(() => {
    if (!map || !contacts) return;
    const g = L.layerGroup().addTo(map);
    const max = Math.max(0, ...lieux.map((l) => l.personnes));
    for (const l of lieux) {
      L.circleMarker([l.latitude, l.longitude], {
        radius: rayon(l.personnes, max, 5, 20),
        color: CONTACT.stroke,
        weight: 1.5,
        fillColor: CONTACT.fill,
        fillOpacity: 0.45,
      })
        .bindTooltip(
          `${esc(l.nom)} : ${pluriel(l.personnes, 'personne', 'personnes')} (${pluriel(l.contacts, 'contact', 'contacts')})`,
        )
        .addTo(g);
    }
    return () => {
      g.remove();
    };
  }, [map, contacts, lieux]);

  useEffect(() => {
    if (!map || !signalements) return;
    const g = L.layerGroup().addTo(map);
    const max = Math.max(0, ...cellules.map((c) => c.nombre));
    for (const c of cellules) {
      const detail = Object.entries(c.par_categorie)
        .map(([k, n]) => `${esc(CATEGORIE_LABELS[k as Categorie] ?? k)} : ${n}`)
        .join('<br>');
      L.circleMarker([c.latitude, c.longitude], {
        radius: rayon(c.nombre, max, 3, 4),
        color: SIGNALEMENT.stroke,
        weight: 1.5,
        fillColor: SIGNALEMENT.fill,
        fillOpacity: 0.9,
      })
        .bindTooltip(`${pluriel(c.nombre, 'signalement', 'signalements')}<br>${detail}`)
        .addTo(g);
    }
    return () => {
      g.remove();
    };
  }, [map, signalements, cellules]);

  const personnes = lieux.reduce((n, l) => n + l.personnes, 0);
  const localises = cellules.reduce((n, c) => n + c.nombre, 0);
  return (
    <Stack gap="xs" component="section" aria-labelledby="carte-titre">
      <Title order={2} size="h4" id="carte-titre">
        Carte des lieux de contact et des signalements
      </Title>
      <Group gap="lg" role="group" aria-label="Couches de la carte">
        <Switch
          label="Personnes rencontrées par lieu"
          checked={contacts}
          onChange={(e) => setContacts(e.currentTarget.checked)}
        />
        <Switch
          label="Signalements"
          checked={signalements}
          onChange={(e) => setSignalements(e.currentTarget.checked)}
        />
      </Group>
      <QpvMapFrame
        ref={ref}
        attribution={tileUrl ? attribution : null}
        label="Carte des lieux de contact, des signalements et des périmètres QPV"
      />
      <Group gap="lg" aria-hidden="true">
        <Pastille color={CONTACT.fill} border={CONTACT.stroke} label="Lieu : taille selon les personnes" />
        <Pastille
          color={SIGNALEMENT.fill}
          border={SIGNALEMENT.fill}
          label="Signalements regroupés par carré d’environ 50 m"
        />
      </Group>
      <Text size="sm">
        {pluriel(personnes, 'personne rencontrée', 'personnes rencontrées')} sur{' '}
        {pluriel(lieux.length, 'lieu localisé', 'lieux localisés')} ;{' '}
        {pluriel(sansLieu.personnes, 'personne', 'personnes')} (
        {pluriel(sansLieu.contacts, 'contact', 'contacts')}) sans lieu localisé.{' '}
        {pluriel(localises, 'signalement', 'signalements')} sur la carte, {fmt(sansPosition)} sans position.
      </Text>
      {lieux.length > 0 ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable)
        <section tabIndex={0} aria-label="Personnes rencontrées par lieu" style={{ overflowX: 'auto' }}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Lieu</Table.Th>
                <Table.Th scope="col" ta="right">
                  Personnes
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Contacts
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lieux.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>
                    {l.nom}
                    <Text size="xs" c="dimmed">
                      {qpvNoms[l.qpv] ?? l.qpv}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{fmt(l.personnes)}</Table.Td>
                  <Table.Td ta="right">{fmt(l.contacts)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      ) : null}
    </Stack>
  );
}
