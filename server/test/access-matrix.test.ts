/**
 * Part 4 of issue 18: every route × every identity on real ids, against the committed matrix
 * (access-matrix.md). `UPDATE_ACCESS_MATRIX=1` rewrites the file instead of comparing (ADR 017).
 */
import { describe, expect, it } from 'vitest';
import { sendAs, useAccessApp } from './access-app';
import { cell, isRefused, type Matrix, readMatrix, statusOf, writeMatrix } from './access-matrix-file';
import { validRequest } from './route-inputs';
import { walkRoutes } from './route-walker';

const UPDATE = process.env.UPDATE_ACCESS_MATRIX === '1';

describe('access matrix', () => {
  const { t, rb, data } = useAccessApp();

  it('every route answers every identity as the committed matrix says', { timeout: 300_000 }, async () => {
    const routes = walkRoutes(t.app);
    const columns = Object.keys(data.identities);
    const got: Matrix = { columns, rows: new Map() };
    const serverErrors: string[] = [];
    for (const route of routes) {
      const req = validRequest(route, data.ids);
      const cells = new Map<string, string>();
      for (const name of columns) {
        const { value: res, commitFails } = await rb.rolledBack(() =>
          sendAs(t.app, data.identities[name]!, req),
        );
        // A deferred foreign key would have failed at commit: the app answers 409 then.
        const status = commitFails && res.statusCode < 300 ? 409 : res.statusCode;
        if (status >= 500) serverErrors.push(`${route.key} × ${name}: ${status} ${res.body.slice(0, 200)}`);
        cells.set(name, cell(status, res.body));
      }
      got.rows.set(route.key, cells);
    }
    const cellCount = routes.length * columns.length;
    console.info(
      `access matrix: ${routes.length} routes × ${columns.length} identities = ${cellCount} cells`,
    );
    expect(serverErrors).toEqual([]);
    if (UPDATE) {
      writeMatrix(got);
      return;
    }
    const expected = readMatrix();
    expect(expected, 'access-matrix.md is missing: run with UPDATE_ACCESS_MATRIX=1').not.toBeNull();
    const problems: string[] = [];
    for (const key of got.rows.keys())
      if (!expected!.rows.has(key)) problems.push(`${key}: route missing from access-matrix.md`);
    for (const key of expected!.rows.keys())
      if (!got.rows.has(key)) problems.push(`${key}: in access-matrix.md but no longer served`);
    for (const name of columns)
      if (!expected!.columns.includes(name)) problems.push(`${name}: identity missing from access-matrix.md`);
    for (const [key, cells] of got.rows) {
      const want = expected!.rows.get(key);
      if (!want) continue;
      for (const [name, value] of cells) {
        const before = want.get(name) ?? '';
        if (before === value) continue;
        const status = statusOf(value);
        const access = before.startsWith(isRefused(status) ? '✓' : '✗') ? 'ACCESS CHANGED' : 'cell changed';
        problems.push(`${key} × ${name}: ${access}, matrix says ${before}, got ${value}`);
      }
    }
    expect(problems, 'regenerate with UPDATE_ACCESS_MATRIX=1 if intended, and review the diff').toEqual([]);
  });
});
