import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login } from '../../../test/helpers';
import { useWorld } from '../../../test/world';
import { activiteBody, buildMainCouranteStructure, liveTourneeBody } from './main-courante.factories';
import { activites, contacts, observations } from './main-courante.table';

// Meant for PostgreSQL, where transactions really run at once (PGlite serialises them).
describe('idempotency under concurrency', () => {
  const { t, d: s, med } = useWorld(buildMainCouranteStructure, { med: (s) => s.med1.email });

  it('two identical POSTs at once create one activity: one 201, the other 200 with the same record', async () => {
    for (let round = 0; round < 5; round++) {
      const b = activiteBody({ territoireId: s.malpasse.id, mediateurIds: [s.med1.id, s.med2.id] });
      const results = await Promise.all([med.post('/api/activites', b), med.post('/api/activites', b)]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 201]);
      expect(results[0]!.json()).toEqual(results[1]!.json());
      expect(await t.db.select().from(activites).where(eq(activites.id, b.id))).toHaveLength(1);
      expect(await t.db.select().from(contacts).where(eq(contacts.activiteId, b.id))).toHaveLength(1);
    }
  });

  it('a burst of replays of the same contact and observation stores each once', async () => {
    const b = liveTourneeBody(s.malpasse.id, s.med1.id);
    await med.post('/api/activites', b);
    const contact = { id: randomUUID(), nature: 'ecoute', nbPersonnes: 2 };
    const obs = { id: randomUUID(), kind: 'tension', note: 'Échange vif devant le hall, apaisé.' };
    const res = await Promise.all([
      ...Array.from({ length: 4 }, () => med.post(`/api/activites/${b.id}/contacts`, contact)),
      ...Array.from({ length: 4 }, () => med.post(`/api/activites/${b.id}/observations`, obs)),
    ]);
    expect(res.filter((r) => r.statusCode === 201)).toHaveLength(2);
    expect(res.filter((r) => r.statusCode === 200)).toHaveLength(6);
    expect(await t.db.select().from(contacts).where(eq(contacts.activiteId, b.id))).toHaveLength(1);
    expect(await t.db.select().from(observations).where(eq(observations.activiteId, b.id))).toHaveLength(1);
    const view = (await med.get(`/api/activites/${b.id}`)).json();
    expect([view.nbContacts, view.nbPersonnes, view.nbObservations]).toEqual([1, 2, 1]);
  });

  it('a review racing an edit never leaves an edited activity locked as validated', async () => {
    const coord = await login(t.app, s.coord.email);
    const b = activiteBody({ territoireId: s.malpasse.id, mediateurIds: [s.med1.id] });
    await med.post('/api/activites', b);
    const [edit, review] = await Promise.all([
      med.patch(`/api/activites/${b.id}`, { commentaire: 'Précision' }),
      coord.post(`/api/activites/${b.id}/revue`, { statut: 'validee' }),
    ]);
    expect(review.statusCode).toBe(200);
    const final = (await med.get(`/api/activites/${b.id}`)).json();
    if (edit.statusCode === 200 && final.verrouillee) expect(final.commentaire).toBe('Précision');
    if (edit.statusCode === 423) expect(final.commentaire).toBeNull();
    expect([200, 423]).toContain(edit.statusCode);
  });
});
