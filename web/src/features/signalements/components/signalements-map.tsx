import {
  CATEGORIE_LABELS,
  type SignalementView,
  STATUT_LABELS,
} from '@domain/signalements/signalement.schema';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import type { Perimetres } from '../api/signalements';
import classes from './signalements.module.css';

const COLORS: Record<string, string> = {
  nouveau: '#d9480f',
  transmis: '#1864ab',
  pris_en_compte: '#6741d9',
  resolu: '#2b8a3e',
  rejete: '#495057',
  doublon: '#495057',
};
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Signalements on the QPV perimeters. Tiles come from the configured URL; without one (or
 * offline) the perimeters and points are still drawn on a blank background.
 */
export function SignalementsMap({
  perimetres,
  points,
  tileUrl,
  attribution,
  href,
}: {
  perimetres: Perimetres;
  points: SignalementView[];
  tileUrl: string | null;
  attribution: string;
  href: (id: string) => string;
}) {
  const el = useRef<HTMLElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);

  useEffect(() => {
    const m = L.map(el.current!, { preferCanvas: true, zoomControl: true });
    map.current = m;
    if (tileUrl) L.tileLayer(tileUrl, { attribution, maxZoom: 19 }).addTo(m);
    const qpv = L.geoJSON(perimetres as never, {
      style: { color: '#1864ab', weight: 2, fillOpacity: 0.06 },
      onEachFeature: (f, l) => l.bindTooltip(esc(`${f.properties.n} (${f.properties.q})`)),
    }).addTo(m);
    const bounds = qpv.getBounds();
    if (bounds.isValid()) m.fitBounds(bounds, { padding: [12, 12] });
    else m.setView([43.3, 5.4], 12);
    layer.current = L.layerGroup().addTo(m);
    return () => {
      m.remove();
      map.current = null;
    };
  }, [perimetres, tileUrl, attribution]);

  useEffect(() => {
    const g = layer.current;
    if (!g) return;
    g.clearLayers();
    for (const s of points) {
      if (s.latitude === null || s.longitude === null) continue;
      L.circleMarker([s.latitude, s.longitude], {
        radius: 6,
        color: '#fff',
        weight: 1,
        fillColor: COLORS[s.statut],
        fillOpacity: 0.9,
      })
        .bindPopup(
          `<a href="${href(s.id)}">n° ${s.numero} · ${esc(CATEGORIE_LABELS[s.categorie])}</a><br>${esc(STATUT_LABELS[s.statut])}${s.partenaireNom ? ` · ${esc(s.partenaireNom)}` : ''}`,
        )
        .addTo(g);
    }
  }, [points, href]);

  return (
    <section
      ref={el}
      aria-label="Carte des signalements et des périmètres QPV"
      className={classes.carte}
      style={{ height: 'min(70vh, 560px)', width: '100%', background: '#f1f3f5', borderRadius: 8 }}
    />
  );
}
