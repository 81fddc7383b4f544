/**
 * A migrated, empty PGlite database, dumped at `npm install` (scripts/build.mjs): a first start
 * restores it instead of running initdb in WASM and every migration (~5 s of CPU → ~2 s).
 * A template older than a migration is not used, so a stale one only costs the slow path.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrationsFolder } from './migrate';

export const PGLITE_TEMPLATE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../dist/pglite-template.tar.gz',
);

function newestMigration(dir = migrationsFolder): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newestMigration(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** The template when it exists and no migration is newer; undefined otherwise. */
export function freshPgliteTemplate(file = PGLITE_TEMPLATE): Blob | undefined {
  if (!existsSync(file) || statSync(file).mtimeMs < newestMigration()) return undefined;
  return new Blob([readFileSync(file)]);
}
