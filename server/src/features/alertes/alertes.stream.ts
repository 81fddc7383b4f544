/**
 * `GET /api/alertes/flux`: Server-Sent Events. On connect, the open alerts that reach the reader;
 * then each `alerte` event from the bus, whichever instance it was sent on; after the bus's
 * listening connection came back, the open alerts again. A comment every 20 s keeps proxies from
 * closing the stream; the browser's EventSource reconnects by itself (`retry: 3000`), also when
 * the instance restarts, and gets the open alerts again.
 */
import type { ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { recoitAlerte } from '../../../../domain/alertes/alerte.rules';
import type { AlerteView } from '../../../../domain/alertes/alerte.schema';
import type { ServiceContext } from '../../lib/context';
import type { AlerteEvent } from './alertes.read';
import { alertesOuvertes } from './alertes.service';

const HEARTBEAT_MS = 20_000;
const isAlerteEvent = (e: unknown): e is AlerteEvent => (e as { type?: unknown })?.type === 'alerte';

/** The streams open on this instance, ended when it closes so it can stop at once. */
const open = new WeakMap<FastifyInstance, Set<ServerResponse>>();

export function installAlertStreams(app: FastifyInstance): void {
  open.set(app, new Set());
  app.addHook('preClose', async () => {
    for (const res of open.get(app) ?? []) res.end();
  });
}

export async function streamAlertes(
  app: FastifyInstance,
  ctx: ServiceContext,
  reply: FastifyReply,
): Promise<void> {
  const initial = await alertesOuvertes(ctx);
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-content-type-options': 'nosniff',
    'x-accel-buffering': 'no',
  });
  const send = (a: AlerteView) => res.write(`id: ${a.id}\nevent: alerte\ndata: ${JSON.stringify(a)}\n\n`);
  res.write('retry: 3000\n\n');
  for (const a of initial.reverse()) send(a);
  const { bus } = app.deps;
  const unsubscribe = bus.subscribe((e) => {
    if (isAlerteEvent(e) && recoitAlerte(ctx.actor, e.diffusion)) send(e.alerte);
  });
  const unresync = bus.onResync(() => {
    void alertesOuvertes(ctx).then(
      (list) => list.forEach(send),
      () => {},
    );
  });
  const beat = setInterval(() => res.write(': maintien\n\n'), HEARTBEAT_MS);
  const streams = open.get(app)!;
  streams.add(res);
  res.on('close', () => {
    clearInterval(beat);
    unsubscribe();
    unresync();
    streams.delete(res);
  });
}
