import type { QpvPerimetres } from '@domain/territoires/perimetres.schema';
import { Text } from '@mantine/core';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { type RefObject, useEffect, useRef, useState } from 'react';
import classes from './qpv-map.module.css';

export type { QpvPerimetres };

/** Escapes text put in a Leaflet tooltip or popup (they take HTML). */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A Leaflet map on the QPV perimeters, fitted to them. Tiles come from the configured URL;
 * without one (or offline) the perimeters and what the caller draws stay on a blank background.
 * Returns the container ref and the map once created (layers are the caller's).
 */
export function useQpvMap(o: {
  perimetres: QpvPerimetres;
  tileUrl: string | null;
  /** Leaflet's zoom step; a fraction lets the perimeters fill a phone screen. */
  zoomSnap?: number;
}): {
  ref: RefObject<HTMLElement | null>;
  map: L.Map | null;
} {
  const ref = useRef<HTMLElement>(null);
  const [map, setMap] = useState<L.Map | null>(null);
  const { perimetres, tileUrl, zoomSnap = 1 } = o;
  useEffect(() => {
    // The tiles' attribution is printed under the map (QpvMapFrame), not in Leaflet's corner
    // control, whose tiny links cannot be 44 px targets on a phone.
    const m = L.map(ref.current!, {
      preferCanvas: true,
      zoomControl: true,
      zoomSnap,
      attributionControl: false,
    });
    if (tileUrl) L.tileLayer(tileUrl, { maxZoom: 19 }).addTo(m);
    const qpv = L.geoJSON(perimetres as never, {
      style: { color: '#1864ab', weight: 2, fillOpacity: 0.06 },
      onEachFeature: (f, l) => l.bindTooltip(escapeHtml(`${f.properties.n} (${f.properties.q})`)),
    }).addTo(m);
    const bounds = qpv.getBounds();
    if (bounds.isValid()) m.fitBounds(bounds, { padding: [12, 12] });
    else m.setView([43.3, 5.4], 12);
    setMap(m);
    return () => {
      setMap(null);
      m.remove();
    };
  }, [perimetres, tileUrl, zoomSnap]);
  return { ref, map };
}

/** The map's container: a labelled region, kept under the app's bars; the tiles' credit below it. */
export function QpvMapFrame({
  ref,
  label,
  attribution,
}: {
  ref: RefObject<HTMLElement | null>;
  label: string;
  /** Shown when tiles are drawn (their licence asks for it). */
  attribution: string | null;
}) {
  return (
    <div>
      <section ref={ref} aria-label={label} className={classes.carte} />
      {attribution ? (
        <Text size="xs" c="dimmed" mt={4}>
          Fond de carte : {attribution}
        </Text>
      ) : null}
    </div>
  );
}
