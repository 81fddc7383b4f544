// Builds the QPV reference list shipped with Trame from the ANCT file in ../shared/data/qpv/.
// Usage: node scripts/build-qpv-list.mjs [path/to/centroide-4326_qpv.geojson]
import { readFileSync, writeFileSync } from 'node:fs';

const source = process.argv[2] ?? '../shared/data/qpv/centroide-4326_qpv.geojson';
const out = 'server/src/features/referentiel/data/qpv-2024.json';
const geo = JSON.parse(readFileSync(source, 'utf8'));
const byCode = new Map();
for (const f of geo.features) {
  const p = f.properties;
  const codes = p.code_qp.split(',').map((c) => c.trim());
  const names = p.lib_qp.split(', ');
  if (codes.length !== names.length) throw new Error(`codes and names differ for commune ${p.insee_com}`);
  codes.forEach((code, i) => {
    const entry = byCode.get(code) ?? { code, nom: names[i].trim(), communes: [] };
    entry.communes.push({ insee: p.insee_com, nom: p.lib_com });
    byCode.set(code, entry);
  });
}
const list = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
writeFileSync(
  out,
  `${JSON.stringify({
    provenance:
      'Liste 2024 des quartiers prioritaires de la politique de la ville (décrets 2023-1314 et 2024-806), ' +
      'ANCT, fichier centroide-4326_qpv (équipe carto ANCT), Licence Ouverte 2.0. ' +
      'Paris, Lyon et Marseille sont regroupées sous 75056, 69123 et 13055.',
    qpv: list,
  })}\n`,
);
console.log(`${list.length} QPV written to ${out}`);
