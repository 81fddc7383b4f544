import type { AlerteView } from '@domain/alertes/alerte.schema';
import { Anchor, Text } from '@mantine/core';
import L from 'leaflet';
import { useEffect } from 'react';
import { QpvMapFrame, type QpvPerimetres, useQpvMap } from '../../../components/ui/qpv-map';

/** Where the alert was sent from: a point on the QPV perimeters, and a link to a full map. */
export function AlerteMap({
  alerte,
  perimetres,
  tileUrl,
  attribution,
}: {
  alerte: AlerteView & { latitude: number; longitude: number };
  perimetres: QpvPerimetres;
  tileUrl: string | null;
  attribution: string;
}) {
  const { ref, map } = useQpvMap({ perimetres, tileUrl });
  const { latitude, longitude } = alerte;
  useEffect(() => {
    if (!map) return;
    const point = L.circleMarker([latitude, longitude], {
      radius: 10,
      color: '#fff',
      weight: 3,
      fillColor: '#c92a2a',
      fillOpacity: 1,
    }).addTo(map);
    map.setView([latitude, longitude], 17);
    return () => {
      point.remove();
    };
  }, [map, latitude, longitude]);
  const osm = `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=18/${latitude}/${longitude}`;
  return (
    <div>
      <QpvMapFrame
        ref={ref}
        label={`Position de ${alerte.mediateur.nom}`}
        attribution={tileUrl ? attribution : null}
      />
      <Text size="sm" mt={4}>
        Position : {latitude.toFixed(5)}, {longitude.toFixed(5)} —{' '}
        <Anchor href={osm} target="_blank" rel="noopener noreferrer">
          ouvrir sur OpenStreetMap
        </Anchor>
      </Text>
    </div>
  );
}
