import type { Reperes } from '@domain/signalements/signalement.schema';

const SIZE = 240;
const PAD = 12;

/**
 * A small plan drawn by the page itself (no map tiles): the QPV outline and the reported point.
 * Longitudes are shrunk by cos(latitude) so the shape keeps its proportions.
 */
export function PlanReperes({
  contour,
  qpvNom,
  latitude,
  longitude,
}: {
  contour: NonNullable<Reperes['contour']>;
  qpvNom: string | null;
  latitude: number;
  longitude: number;
}) {
  const k = Math.cos((latitude * Math.PI) / 180);
  const pts = [...contour.flat(), [longitude, latitude] as [number, number]];
  const xs = pts.map(([lon]) => lon * k);
  const ys = pts.map(([, lat]) => lat);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = (SIZE - 2 * PAD) / Math.max(maxX - minX, maxY - minY, 1e-6);
  const x = (lon: number) => PAD + (lon * k - minX) * scale;
  const y = (lat: number) => PAD + (maxY - lat) * scale;
  const label = `Plan : le point signalé${qpvNom ? ` dans le périmètre du QPV ${qpvNom}` : ''}`;
  return (
    <svg
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      width="100%"
      style={{ maxWidth: SIZE, display: 'block', background: 'var(--mantine-color-gray-0)', borderRadius: 8 }}
      role="img"
      aria-label={label}
    >
      {contour.map((ring) => (
        <polygon
          key={ring
            .map(([lon, lat]) => `${lon},${lat}`)
            .join(' ')
            .slice(0, 64)}
          points={ring.map(([lon, lat]) => `${x(lon).toFixed(1)},${y(lat).toFixed(1)}`).join(' ')}
          fill="rgba(24, 100, 171, 0.08)"
          stroke="#1864ab"
          strokeWidth={1.5}
        />
      ))}
      <circle cx={x(longitude)} cy={y(latitude)} r={9} fill="rgba(201, 42, 42, 0.25)" />
      <circle
        cx={x(longitude)}
        cy={y(latitude)}
        r={5}
        fill="#c92a2a"
        stroke="#fff"
        strokeWidth={1.5}
        data-testid="point-signale"
      />
    </svg>
  );
}
