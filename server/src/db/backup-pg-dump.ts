import { execFileSync, spawn } from 'node:child_process';
import { accessSync, constants, createWriteStream, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { BackupError } from './backup-file';

/** Where PostgreSQL client binaries are looked for: the PATH first, then Debian's side-by-side versions. */
export function defaultPgBinDirs(): string[] {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  try {
    for (const v of readdirSync('/usr/lib/postgresql')) dirs.push(`/usr/lib/postgresql/${v}/bin`);
  } catch {
    // not a Debian-style install
  }
  return dirs;
}

function candidates(name: 'pg_dump' | 'pg_restore', dirs: string[]): string[] {
  return [...new Set(dirs.map((d) => path.join(d, name)))].filter((f) => {
    try {
      accessSync(f, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** `pg_dump (PostgreSQL) 15.18 (Debian …)` → { major: 15, version: '15.18' }. */
function versionOf(binary: string): { major: number; version: string } | null {
  try {
    const out = execFileSync(binary, ['--version'], { encoding: 'utf8', timeout: 10_000 });
    const m = out.match(/\(PostgreSQL\)\s+(\d+)(\.\d+)?/);
    return m ? { major: Number(m[1]), version: `${m[1]}${m[2] ?? ''}` } : null;
  } catch {
    return null;
  }
}

/**
 * The client binary that fits a server of major version `serverMajor`: pg_dump refuses a newer
 * server, so the oldest version at least as new as the server; null when there is none.
 */
export function findPgBinary(
  name: 'pg_dump' | 'pg_restore',
  serverMajor: number,
  dirs = defaultPgBinDirs(),
): { path: string; version: string } | null {
  const found = candidates(name, dirs)
    .map((p) => ({ path: p, v: versionOf(p) }))
    .filter(
      (c): c is { path: string; v: { major: number; version: string } } => !!c.v && c.v.major >= serverMajor,
    )
    .sort((a, b) => a.v.major - b.v.major);
  return found[0] ? { path: found[0].path, version: found[0].v.version } : null;
}

function run(binary: string, args: string[], io: { stdin?: Readable; stdoutTo?: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      stdio: [io.stdin ? 'pipe' : 'ignore', io.stdoutTo ? 'pipe' : 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => {
      if (stderr.length < 10_000) stderr += c.toString('utf8');
    });
    const done = io.stdoutTo
      ? finished(child.stdout!.pipe(createWriteStream(io.stdoutTo, { flags: 'a' })))
      : Promise.resolve();
    if (io.stdin) io.stdin.pipe(child.stdin!);
    child.on('error', reject);
    child.on('close', (code) => {
      done.then(() => {
        if (code === 0) resolve();
        // The connection string may hold a password: never echo it.
        else reject(new BackupError(`${path.basename(binary)} a échoué (code ${code}) : ${stderr.trim()}`));
      }, reject);
    });
  });
}

/** Appends `pg_dump --format=custom` of the database to `out`. */
export const pgDump = (binary: string, url: string, out: string) =>
  run(binary, ['--format=custom', '--no-owner', '--no-privileges', `--dbname=${url}`], { stdoutTo: out });

/** Restores a custom-format dump read from `payload` into an empty database, in one transaction. */
export const pgRestore = (binary: string, url: string, payload: Readable) =>
  run(
    binary,
    ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${url}`],
    {
      stdin: payload,
    },
  );
