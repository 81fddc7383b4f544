import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login } from '../../../test/helpers';
import { useWorld } from '../../../test/world';
import { auditLog } from '../../db/schema';
import { buildMainCouranteStructure, liveTourneeBody } from './main-courante.factories';

const COROT = { latitude: 43.32589, longitude: 5.40493 };

/** Issue 11 part 5: an observation shows where, who and when, and leads to a signalement or a situation. */
describe('observations lead somewhere', () => {
  const { t, d: w } = useWorld(async (_, t) => {
    const s = await buildMainCouranteStructure(t.db);
    const med = await login(t.app, s.med1.email);
    const coord = await login(t.app, s.coord.email);
    const b = liveTourneeBody(s.malpasse.id, s.med1.id);
    const tournee = b.id;
    await med.post('/api/activites', b);
    return { s, med, coord, tournee };
  });
  const observe = async (note: string, lieuId: string | null = null) => {
    const id = randomUUID();
    const res = await w.med.post(`/api/activites/${w.tournee}/observations`, {
      id,
      kind: 'autre',
      note,
      lieuId,
    });
    expect(res.statusCode, res.body).toBe(201);
    return id;
  };
  const listed = async (id: string) =>
    (await w.coord.get('/api/observations?nonTraitees=false'))
      .json()
      .items.find((o: { id: string }) => o.id === id);

  it('lists each observation with its QPV name, place, author and time', async () => {
    const id = await observe('Porte du hall B forcée.', w.s.lieu.id);
    expect(await listed(id)).toMatchObject({
      qpvCode: 'QN01342I',
      qpvNom: expect.any(String),
      lieuNom: 'Square Corot',
      auteur: { prenom: 'Samia' },
      note: 'Porte du hall B forcée.',
      createdAt: expect.any(String),
    });
    expect((await listed(id)).qpvNom.length).toBeGreaterThan(0);
  });

  it('opens a signalement from an observation: the link is kept on the observation, audited', async () => {
    const obs = await observe('Lampadaire arraché rue Corot.', w.s.lieu.id);
    const sig = randomUUID();
    const res = await w.med.post('/api/signalements', {
      id: sig,
      categorie: 'eclairage',
      ...COROT,
      description: 'Lampadaire arraché rue Corot.',
      observationId: obs,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await listed(obs)).toMatchObject({ signalementId: sig, situationId: null, traiteeLe: null });
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, obs), eq(auditLog.action, 'update')));
    expect(JSON.stringify(audit)).toContain(sig);
    // Replaying the capture changes nothing.
    const replay = await w.med.post('/api/signalements', {
      id: sig,
      categorie: 'eclairage',
      ...COROT,
      observationId: obs,
    });
    expect(replay.statusCode).toBe(200);
  });

  it('opens a situation from an observation: the link is kept on both sides', async () => {
    const obs = await observe('Dispute de voisins au 2e, porte C.');
    const res = await w.med.post('/api/situations', {
      kind: 'voisinage_bruit',
      saisinePar: 'auto_saisine',
      territoireId: w.s.malpasse.id,
      description: 'Dispute de voisins au 2e, porte C.',
      origine: { kind: 'observation', id: obs },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await listed(obs)).toMatchObject({ situationId: res.json().id });
    // Marking it handled stays a separate act of the coordination.
    expect((await w.coord.post(`/api/observations/${obs}/traiter`)).json().traiteeLe).not.toBeNull();
  });

  it('refuses an observation the author cannot see, naming the field, and creates nothing', async () => {
    const other = await buildMainCouranteStructure(t.db);
    const foreignMed = await login(t.app, other.med1.email);
    const obs = await observe('Tag sur la façade.');
    const sig = randomUUID();
    const res = await foreignMed.post('/api/signalements', {
      id: sig,
      categorie: 'proprete',
      ...COROT,
      observationId: obs,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('Observation d’origine introuvable parmi celles que vous voyez.');
    expect(res.json().error.details[0].champ).toBe('observationId');
    expect((await foreignMed.get(`/api/signalements/${sig}`)).statusCode).toBe(404);
    const sit = await foreignMed.post('/api/situations', {
      kind: 'voisinage_bruit',
      saisinePar: 'auto_saisine',
      territoireId: other.malpasse.id,
      description: 'Tag.',
      origine: { kind: 'observation', id: 'pas-une-observation' },
    });
    expect(sit.statusCode).toBe(400);
    expect(sit.json().error.details[0].champ).toBe('origine.id');
    expect(await listed(obs)).toMatchObject({ signalementId: null, situationId: null });
  });
});
