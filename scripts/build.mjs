// Builds what `npm start` runs: the web app (Vite → web/dist) and the server (esbuild → dist/server),
// each only when missing or older than its sources. `npm install` runs it (the `prepare` script)
// with --force; `npm start` runs it before the server (a quick mtime check, ~10 ms when up to date).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (p) => path.join(root, p);
export const serverOut = at('dist/server');
const ENTRIES = ['server/src/main.ts', 'server/src/cli.ts', 'server/src/db/build-pglite-template.ts'];

function newest(dir) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);
const stale = (built, sources) => !existsSync(built) || mtime(built) < Math.max(...sources);

export async function buildWeb({ force = false } = {}) {
  const sources = [
    newest(at('web/src')),
    newest(at('domain')),
    mtime(at('web/index.html')),
    mtime(at('web/vite.config.ts')),
  ];
  if (!force && !stale(at('web/dist/index.html'), sources)) return false;
  if (!existsSync(at('node_modules/vite/bin/vite.js'))) {
    // A production install without dev dependencies: serve the web build that is there, if any.
    console.warn('Vite is not installed (npm install --omit=dev?): the web app is not rebuilt.');
    return false;
  }
  console.log('Building the web app…');
  execFileSync(
    process.execPath,
    [
      at('node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      at('web/vite.config.ts'),
      '--logLevel',
      'warn',
    ],
    { stdio: 'inherit', cwd: root },
  );
  return true;
}

/**
 * Packages that stay in node_modules: native addons, WASM, packages that read their own files
 * (fonts, templates, static assets) next to their code, worker-thread transports, and the
 * build tools. Every other dependency is bundled: loading one file instead of hundreds of
 * modules saves ~150 ms of every start (ADR 020).
 */
const EXTERNAL = [
  '@electric-sql/pglite',
  '@electric-sql/pglite/*',
  '@node-rs/argon2',
  'sharp',
  'pdfmake',
  'pdfmake/*',
  'exceljs',
  'nodemailer',
  'pino',
  'pino-pretty',
  'thread-stream',
  '@fastify/swagger-ui',
  'pg-native',
  'esbuild',
  'tsx',
  'opening_hours',
];
// Bundled CommonJS code calls require() and reads __dirname: give the ES module both.
const CJS_SHIM = [
  "import { createRequire as __trameRequire } from 'node:module';",
  "import { fileURLToPath as __trameFileURLToPath } from 'node:url';",
  'const require = __trameRequire(import.meta.url);',
  'const __filename = __trameFileURLToPath(import.meta.url);',
  "const __dirname = __trameFileURLToPath(new URL('.', import.meta.url));",
].join(' ');

/**
 * The server is bundled with its pure-JavaScript dependencies (EXTERNAL stay in node_modules). Files that read a neighbour through
 * `import.meta.url` (migrations, shipped data, createRequire) get their source file's URL, so those
 * files are read where they are in the source tree.
 */
export async function buildServer({ force = false } = {}) {
  const sources = [
    newest(at('server/src')),
    newest(at('domain')),
    mtime(at('package.json')),
    mtime(fileURLToPath(import.meta.url)),
  ];
  if (!force && !stale(path.join(serverOut, 'main.js'), sources)) return false;
  const esbuild = await import('esbuild');
  const sourceUrl = {
    name: 'source-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const rel = path.relative(serverOut, args.path).split(path.sep).join('/');
        const url = `new URL(${JSON.stringify(rel)}, import.meta.url).href`;
        return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
      });
    },
  };
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: serverOut,
    entryNames: '[name]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    banner: { js: CJS_SHIM },
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [sourceUrl],
  });
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const force = process.argv.includes('--force');
  const only = process.argv.find((a) => a === 'web' || a === 'server');
  if (only !== 'server') await buildWeb({ force });
  if (only !== 'web') {
    await buildServer({ force });
    // The migrated PGlite a first start restores (server/src/db/pglite-template.ts).
    if (force)
      execFileSync(process.execPath, [path.join(serverOut, 'build-pglite-template.js')], {
        stdio: 'inherit',
      });
  }
}
