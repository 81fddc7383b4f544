/**
 * Every API operation declares its answer in the OpenAPI document (issue 17, part 2): a zod
 * schema as the route's `response` (a 2xx with a schema, a 204, or a 303 redirection), with no
 * exception: a new route without one fails here.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from './world';

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
}

describe('response contracts', () => {
  const t = useTestApp();

  it('declares the answer of every operation', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const undeclared: string[] = [];
    let total = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        total += 1;
        const declared = Object.entries(op.responses ?? {}).some(
          ([code, r]) =>
            code === '204' ||
            code === '303' ||
            (code.startsWith('2') &&
              Object.values(r.content ?? {}).some((c) => Object.keys(c.schema ?? {}).length > 0)),
        );
        if (!declared) undeclared.push(`${method.toUpperCase()} ${path}`);
      }
    }
    console.info(
      `response contracts: ${total - undeclared.length} of ${total} operations declare their answer`,
    );
    expect(undeclared, 'operations without a response schema').toEqual([]);
    expect(total).toBeGreaterThan(150);
  });
});
