import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './lock';

const withoutDatabaseUrl = () => {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return rest;
};

describe('PGlite data-folder lock', () => {
  it('refuses a second holder while the first lives, and frees the folder on release', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'trame-lock-'));
    const lock = acquireDataDirLock(dir);
    // Same process, pid alive: a second instance started by another process would see this file.
    writeFileSync(path.join(dir, 'trame.lock'), String(process.ppid));
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    lock.release();
    acquireDataDirLock(dir).release();
  });

  it('takes over a lock left by a dead process', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'trame-lock-'));
    writeFileSync(path.join(dir, 'trame.lock'), '999999');
    const lock = acquireDataDirLock(dir);
    lock.release();
  });

  it('makes a second server on the same folder exit non-zero with a clear message', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'trame-lock-'));
    const holder = acquireDataDirLock(dir);
    writeFileSync(path.join(dir, 'trame.lock'), String(process.ppid));
    try {
      const res = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
        env: { ...withoutDatabaseUrl(), TRAME_DATA_DIR: dir, PORT: '3999', LOG_LEVEL: 'silent' },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(res.status).toBe(1);
      expect(res.stderr).toMatch(/already used by another Trame process/);
    } finally {
      holder.release();
    }
  });
});
