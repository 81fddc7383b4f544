import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The docs match the code: every setting documented, no link out of the repository. */
const root = path.resolve(import.meta.dirname, '../..');
const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');

describe('docs', () => {
  it('the README lists every setting that server/src/env.ts reads', () => {
    const keys = [...read('server/src/env.ts').matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(10);
    const readme = read('README.md');
    expect(keys.filter((k) => !readme.includes(`\`${k}\``))).toEqual([]);
  });

  it('docs/architecture.md names every file kind in use', () => {
    const files = ['server/src', 'domain', 'web/src'].flatMap((dir) =>
      readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }),
    );
    const kinds = new Set(
      files
        .map((f) => path.basename(f).match(/^[^.]+\.([a-z-]+)\.tsx?$/)?.[1])
        .filter((k): k is string => !!k && k !== 'test' && k !== 'd'),
    );
    expect(kinds.size).toBeGreaterThan(10);
    const doc = read('docs/architecture.md');
    expect([...kinds].filter((k) => !doc.includes(`*.${k}.ts`)).sort()).toEqual([]);
  });

  it('no document points to a file outside the repository', () => {
    const docs = [
      'README.md',
      ...readdirSync(path.join(root, 'docs'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.md'))
        .map((f) => path.join('docs', f)),
    ];
    const outside = docs.flatMap((f) =>
      [...read(f).matchAll(/\]\(([^)#\s]+)\)/g)]
        .map((m) => m[1]!)
        .filter((href) => !/^[a-z]+:/.test(href))
        .filter((href) => !path.resolve(root, path.dirname(f), href).startsWith(`${root}${path.sep}`))
        .map((href) => `${f} → ${href}`),
    );
    expect(outside).toEqual([]);
  });
});
