import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { expectListContract } from '../../../test/liste';
import { buildSite, signInNew, useWorld } from '../../../test/world';
import { buildPartenaire, buildTerritoire } from '../../factories/factories';

const COROT = { latitude: 43.32589, longitude: 5.40493 };

describe('diagnostic en marchant', () => {
  const { t, d: w } = useWorld(async (_, t) => {
    const { structureId: sid, territoryId: tid } = await buildSite(t.db);
    const other = (await buildTerritoire(t.db, { structureId: sid, qpvCode: 'QN01344M' })).id;
    const partnerId = (await buildPartenaire(t.db, { structureId: sid, nom: 'Bailleur Sud' })).id;
    const med = await signInNew(t, { structureId: sid, territoryIds: [tid] });
    return { med, tid, other, partnerId };
  });

  it('groups the signalements of a walk, counts residents and partners, and exports a PDF with photos', async () => {
    const body = {
      id: randomUUID(),
      territoireId: w.tid,
      date: '2026-05-12',
      titre: 'Diagnostic Corot',
      nbHabitants: 11,
      partenaireIds: [w.partnerId],
    };
    const created = await w.med.post('/api/signalements/diagnostics', body);
    expect(created.statusCode).toBe(201);
    expect((await w.med.post('/api/signalements/diagnostics', body)).json().id).toBe(body.id);
    for (const categorie of ['eclairage', 'proprete']) {
      const s = await w.med.post('/api/signalements', {
        id: randomUUID(),
        categorie,
        ...COROT,
        diagnosticId: body.id,
        description: 'Vu pendant la marche',
      });
      expect(s.statusCode).toBe(201);
      if (categorie === 'eclairage') {
        const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#336699' } })
          .jpeg()
          .toBuffer();
        const up = await w.med.request({
          method: 'POST',
          url: `/api/signalements/${s.json().signalement.id}/photos`,
          payload: jpeg,
          headers: { 'content-type': 'image/jpeg' },
        });
        expect(up.statusCode).toBe(201);
      }
    }
    const got = (await w.med.get(`/api/signalements/diagnostics/${body.id}`)).json();
    expect(got.diagnostic).toMatchObject({
      nbHabitants: 11,
      nbSignalements: 2,
      partenaires: [{ id: w.partnerId, nom: 'Bailleur Sud' }],
    });
    expect(got.signalements).toHaveLength(2);
    expect((await w.med.get('/api/signalements/diagnostics')).json().items[0].id).toBe(body.id);
    const pdf = await w.med.get(`/api/signalements/diagnostics/${body.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.includes(Buffer.from('/Subtype /Image'))).toBe(true);
  });

  it('refuses a walk outside the mediator’s territories, and another structure sees none', async () => {
    const res = await w.med.post('/api/signalements/diagnostics', {
      id: randomUUID(),
      territoireId: w.other,
      date: '2026-05-12',
      titre: 'Ailleurs',
      nbHabitants: 3,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].champ).toBe('territoireId');
    const stranger = await signInNew(t, { role: 'admin' });
    expect((await stranger.get('/api/signalements/diagnostics')).json()).toMatchObject({
      items: [],
      total: 0,
    });
    const list = (await w.med.get('/api/signalements/diagnostics')).json().items;
    expect((await stranger.get(`/api/signalements/diagnostics/${list[0].id}`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/signalements/diagnostics/${list[0].id}/pdf`)).statusCode).toBe(404);
  });

  it('pages walks on the list contract, filtered by day and QPV', async () => {
    for (const date of ['2026-04-01', '2026-04-01', '2026-03-15']) {
      const body = { id: randomUUID(), territoireId: w.tid, date, titre: 'Tour', nbHabitants: 1 };
      expect((await w.med.post('/api/signalements/diagnostics', body)).statusCode).toBe(201);
    }
    await expectListContract(w.med, '/api/signalements/diagnostics', { total: 4 });
    expect((await w.med.get('/api/signalements/diagnostics?du=2026-04-01&au=2026-04-30')).json().total).toBe(
      2,
    );
    expect((await w.med.get('/api/signalements/diagnostics?qpv=QN01344M')).json().total).toBe(0);
    expect((await w.med.get('/api/signalements/diagnostics?qpv=QN01342I')).json().total).toBe(4);
  });
});
