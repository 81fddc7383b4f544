import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The architecture's boundaries are kept by `npm run lint` (biome.json), not by memory: these
 * probes write a forbidden import and a cycle into the tree and expect the linter to refuse them.
 */
const root = path.resolve(import.meta.dirname, '../..');
const tag = `lint-probe-${process.pid}`;
const dirs = [
  path.join(root, 'domain', tag),
  path.join(root, 'server/src', tag),
  path.join(root, 'web/src/features', tag),
  path.join(root, 'server/src/features', tag),
];

function write(rel: string, text: string): string {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

async function lint(files: string[]): Promise<string> {
  const biome = path.join(root, 'node_modules/.bin/biome');
  try {
    const { stdout, stderr } = await promisify(execFile)(
      biome,
      ['lint', '--diagnostic-level=error', ...files],
      {
        cwd: root,
      },
    );
    return stdout + stderr;
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    return `FAILED\n${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('npm run lint keeps the boundaries', () => {
  it('refuses an import of the server or the web from domain/', async () => {
    const f = write(
      `domain/${tag}/probe.ts`,
      "import { buildApp } from '../../server/src/app';\nexport const x = buildApp;\n",
    );
    const out = await lint([f]);
    expect(out).toMatch(/^FAILED/);
    expect(out).toContain('noRestrictedImports');
  });

  it('refuses an import of one web feature by another, and accepts the shared folders', async () => {
    const bad = write(
      `web/src/features/${tag}/api/bad.ts`,
      "import { a } from '../../signalements/api/x';\nexport const x = a;\n",
    );
    const good = write(
      `web/src/features/${tag}/api/good.ts`,
      "import { a } from '../../../lib/api-client';\nimport { b } from '../hooks/b';\nexport const x = [a, b];\n",
    );
    expect(await lint([bad])).toContain('noRestrictedImports');
    expect(await lint([good])).not.toMatch(/^FAILED/);
  });

  it('refuses an import of a server feature’s inner file by another feature, and accepts its index and tables', async () => {
    const bad = write(
      `server/src/features/${tag}/bad.ts`,
      "import { listSituations } from '../situations/situations-list.service';\nexport const x = listSituations;\n",
    );
    const good = write(
      `server/src/features/${tag}/good.ts`,
      "import { listSituations } from '../situations';\nimport { users } from '../utilisateurs/users.table';\nimport { db } from '../../db/client';\nexport const x = [listSituations, users, db];\n",
    );
    expect(await lint([bad])).toContain('noRestrictedImports');
    expect(await lint([good])).not.toMatch(/^FAILED/);
  });

  it('refuses a presenter that reads the database, and accepts one shaping loaded rows', async () => {
    const bad = write(
      `server/src/features/${tag}/bad.presenter.ts`,
      "import { eq } from 'drizzle-orm';\nimport { db } from '../../db/client';\nexport const x = [eq, db];\n",
    );
    const good = write(
      `server/src/features/${tag}/good.presenter.ts`,
      "import type { users } from '../../db/schema';\nexport const present = (u: typeof users.$inferSelect) => ({ id: u.id });\n",
    );
    const out = await lint([bad]);
    expect(out).toMatch(/^FAILED/);
    expect(out).toContain('pure function of loaded rows');
    expect(await lint([good])).not.toMatch(/^FAILED/);
  });

  it('refuses an import cycle', async () => {
    const a = write(`server/src/${tag}/a.ts`, "import { b } from './b';\nexport const a = () => b;\n");
    const b = write(`server/src/${tag}/b.ts`, "import { a } from './a';\nexport const b = () => a;\n");
    const out = await lint([a, b]);
    expect(out).toMatch(/^FAILED/);
    expect(out).toContain('noImportCycles');
  });
});
