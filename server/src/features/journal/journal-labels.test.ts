import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getTableColumns, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_ENTITY_LABELS,
  AUDIT_FIELD_LABELS,
  auditFieldLabel,
  humanizeKey,
} from '../../../../domain/journal/journal-labels';
import * as schema from '../../db/schema';

const SRC = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** Entity types written by the server: `entityType: 'x'`, `audit(ctx, 'x', …)` and `auditChange(tx, ctx, action, 'x', …)`. */
function writtenEntityTypes(): Set<string> {
  const types = new Set<string>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/entityType: '([a-z0-9_]+)'/g)) types.add(m[1]!);
    for (const m of text.matchAll(/\baudit\(ctx, '([a-z0-9_]+)'/g)) types.add(m[1]!);
    for (const m of text.matchAll(/\bauditChange\(\s*\w+,\s*\w+,\s*'[a-z_]+',\s*'([a-z0-9_]+)'/g))
      types.add(m[1]!);
  }
  return types;
}

describe('journal labels (issue 11, point 12)', () => {
  it('names every entity type the server writes in French', () => {
    const types = [...writtenEntityTypes()];
    expect(types.length).toBeGreaterThan(30);
    expect(types.filter((t) => !(t in AUDIT_ENTITY_LABELS))).toEqual([]);
  });

  it('names every column of every table in French', () => {
    const keys = new Set<string>();
    for (const v of Object.values(schema)) {
      if (is(v, PgTable)) for (const k of Object.keys(getTableColumns(v))) keys.add(k);
    }
    expect(keys.size).toBeGreaterThan(100);
    expect([...keys].filter((k) => !(k in AUDIT_FIELD_LABELS))).toEqual([]);
  });

  it('turns an unknown key into words, never the raw key', () => {
    expect(humanizeKey('dateDernierPassage')).toBe('Date dernier passage');
    expect(humanizeKey('quartier_id')).toBe('Quartier');
    expect(auditFieldLabel('partnerIds')).toBe('Partenaires');
  });
});
