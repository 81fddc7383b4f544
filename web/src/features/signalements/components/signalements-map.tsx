import {
  CATEGORIE_LABELS,
  type SignalementView,
  STATUT_LABELS,
} from '@domain/signalements/signalement.schema';
import L from 'leaflet';
import { useEffect } from 'react';
import { escapeHtml as esc, QpvMapFrame, useQpvMap } from '../../../components/ui/qpv-map';
import type { Perimetres } from '../api/get-carte';

const COLORS: Record<string, string> = {
  nouveau: '#d9480f',
  transmis: '#1864ab',
  pris_en_compte: '#6741d9',
  resolu: '#2b8a3e',
  rejete: '#495057',
  doublon: '#495057',
};

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
  const { ref, map } = useQpvMap({ perimetres, tileUrl });

  useEffect(() => {
    if (!map) return;
    const g = L.layerGroup().addTo(map);
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
    return () => {
      g.remove();
    };
  }, [map, points, href]);

  return (
    <QpvMapFrame
      ref={ref}
      attribution={tileUrl ? attribution : null}
      label="Carte des signalements et des périmètres QPV"
    />
  );
}
