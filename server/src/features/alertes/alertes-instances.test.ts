import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../../test/helpers';
import { openSse } from '../../../test/sse-client';
import { type App, buildApp } from '../../app';
import { buildStructure, buildTerritoire, buildUser } from '../../factories/factories';
import { type Bus, busFor } from '../../lib/bus';

/**
 * Issue 13, part 7: two server instances on one PostgreSQL. An alert sent on one reaches a
 * coordinator's stream on the other (LISTEN/NOTIFY), and the stream, cut by a restart of its
 * instance, gets the open alerts again when it reconnects. PostgreSQL only: on PGlite there is
 * one process.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('alerts across two instances on one PostgreSQL', () => {
  let t: TestApp;
  let other: { app: App; bus: Bus; base: string };
  let med: Session;
  let coordCookie: string;
  const startOther = async () => {
    const bus = await busFor(t.database);
    const app = await buildApp({ ...t.app.deps, bus });
    app.addHook('onClose', () => bus.close());
    await app.listen({ port: 0, host: '127.0.0.1' });
    return { app, bus, base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
  };
  beforeAll(async () => {
    t = await createTestApp();
    const sid = (await buildStructure(t.db)).id;
    await buildTerritoire(t.db, { structureId: sid });
    await buildUser(t.db, {
      structureId: sid,
      prenom: 'Karim',
      nom: 'Benali',
      email: 'karim@instances.test',
    });
    await buildUser(t.db, { structureId: sid, role: 'coordinateur', email: 'coord@instances.test' });
    med = await login(t.app, 'karim@instances.test'); // on instance A
    coordCookie = (await login(t.app, 'coord@instances.test')).cookie; // a session works on every instance
    other = await startOther();
  });
  afterAll(async () => {
    await other.app.close();
    await t.close();
  });

  it('delivers an alert sent on A to a stream on B in under 2 seconds', async () => {
    const stream = await openSse(`${other.base}/api/alertes/flux`, coordCookie);
    const latencies: number[] = [];
    for (let i = 0; i < 5; i++) {
      const id = randomUUID();
      const sent = performance.now();
      expect(
        (await med.post('/api/alertes', { id, niveau: 'danger', latitude: 43.3, longitude: 5.4 })).statusCode,
      ).toBe(201);
      latencies.push((await stream.next((a) => a.id === id, 2_000)).receivedAt - sent);
    }
    console.info(`alert latency across instances (ms): ${latencies.map((l) => l.toFixed(1)).join(', ')}`);
    expect(Math.max(...latencies)).toBeLessThan(2_000);
    stream.close();
  });

  it('a stream cut by a restart of its instance gets the open alerts again on reconnect', async () => {
    const stream = await openSse(`${other.base}/api/alertes/flux`, coordCookie);
    const id = randomUUID();
    await med.post('/api/alertes', { id, niveau: 'assistance' });
    await stream.next((a) => a.id === id, 2_000);
    await other.app.close(); // the instance stops: its streams end at once
    await stream.ended;
    other = await startOther(); // and comes back (another port: the client reconnects to it)
    const again = await openSse(`${other.base}/api/alertes/flux`, coordCookie);
    expect((await again.next((a) => a.id === id, 2_000)).statut).toBe('active');
    const next = randomUUID();
    await med.post('/api/alertes', { id: next, niveau: 'danger' });
    await again.next((a) => a.id === next, 2_000);
    again.close();
  });
});
