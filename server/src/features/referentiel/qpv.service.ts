import { readFileSync } from 'node:fs';
import type { QpvReference } from '../../../../domain/territoires/territoire.schema';

const file = new URL('./data/qpv-2024.json', import.meta.url);

let cache: { list: QpvReference[]; byCode: Map<string, QpvReference>; keys: string[] } | null = null;

/** Lower-case, accents removed, punctuation folded to spaces: what users type matches what the list says. */
export const foldText = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

// Read-only reference data, identical in every instance: loading it per process shares no state.
function load() {
  if (!cache) {
    const { qpv } = JSON.parse(readFileSync(file, 'utf8')) as { qpv: QpvReference[] };
    cache = {
      list: qpv,
      byCode: new Map(qpv.map((q) => [q.code, q])),
      keys: qpv.map((q) =>
        foldText(`${q.code} ${q.nom} ${q.communes.map((c) => `${c.nom} ${c.insee}`).join(' ')}`),
      ),
    };
  }
  return cache;
}

export const findQpv = (code: string): QpvReference | undefined => load().byCode.get(code.toUpperCase());

/** Search the national list by code, name or commune; every word typed must match. */
export function searchQpv(query: string, limit: number): QpvReference[] {
  const { list, keys } = load();
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return list.slice(0, limit);
  const out: QpvReference[] = [];
  for (let i = 0; i < list.length && out.length < limit; i++) {
    if (words.every((w) => keys[i]!.includes(w))) out.push(list[i]!);
  }
  return out;
}

export const qpvCount = () => load().list.length;
