import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parisDate } from '../../../../domain/time/paris';
import { login, type Session } from '../../../test/helpers';
import { buildSite, useWorld } from '../../../test/world';
import { buildTerritoire, buildUser } from '../../factories/factories';

/** Issue 13, part 6: handover notes for the next shift or the team of a QPV, acknowledged by each reader. */
describe('handover notes (consignes)', () => {
  const { t, d: w } = useWorld(async (_, t) => {
    const { structureId: sid, territoryId: qpv } = await buildSite(t.db);
    const autreQpv = (await buildTerritoire(t.db, { structureId: sid, qpvCode: 'QN01344M' })).id;
    for (const [k, role, territoryIds] of [
      ['karim', 'mediateur', null],
      ['lea', 'mediateur', null],
      ['sami', 'mediateur', [autreQpv]],
      ['coord', 'coordinateur', null],
      ['lecteur', 'lecteur', null],
    ] as const) {
      const u = await buildUser(t.db, {
        structureId: sid,
        role,
        territoryIds: territoryIds ? [...territoryIds] : null,
        email: `${k}@consignes.test`,
      });
      id[k] = u.id;
      s[k] = await login(t.app, u.email);
    }
    return { qpv, autreQpv };
  });
  const s: Record<'karim' | 'lea' | 'sami' | 'coord' | 'lecteur', Session> = {} as never;
  const id: Record<string, string> = {};
  const today = () => parisDate(t.clock.now);

  it('reaches the team of its QPV, is acknowledged by each reader, and its author sees how many read it', async () => {
    const note = {
      id: randomUUID(),
      texte: 'Tension hall B, passer en binôme.',
      territoireId: w.qpv,
      jusquau: today(),
    };
    const res = await s.karim.post('/api/planning/consignes', note);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ texte: note.texte, lue: false, lectures: 0 });
    const lea = (await s.lea.get('/api/planning/consignes')).json().items;
    expect(lea.map((c: { id: string }) => c.id)).toContain(note.id);
    // Sami covers another QPV only: not his.
    expect((await s.sami.get('/api/planning/consignes')).json().items).toEqual([]);
    expect((await s.lea.post(`/api/planning/consignes/${note.id}/lecture`)).json()).toMatchObject({
      lue: true,
      lectures: 1,
    });
    expect((await s.lea.post(`/api/planning/consignes/${note.id}/lecture`)).json().lectures).toBe(1);
    expect((await s.sami.post(`/api/planning/consignes/${note.id}/lecture`)).statusCode).toBe(404);
    const mine = (await s.karim.get('/api/planning/consignes'))
      .json()
      .items.find((c: { id: string }) => c.id === note.id);
    expect(mine).toMatchObject({ lue: false, lectures: 1 });
  });

  it('addressed to a shift, reaches its crew only; expires after its day; refused in French beyond a month', async () => {
    const shift = (
      await s.coord.post('/api/planning/creneaux', {
        id: randomUUID(),
        type: 'tournee',
        debut: new Date(t.clock.now.getTime() + 86_400_000).toISOString(),
        fin: new Date(t.clock.now.getTime() + 86_400_000 + 3 * 3_600_000).toISOString(),
        mediateurIds: [id.karim, id.sami],
        territoireId: w.autreQpv,
      })
    ).json();
    const note = {
      id: randomUUID(),
      texte: 'Clés du local chez la gardienne.',
      creneauId: shift.id,
      jusquau: today(),
    };
    expect((await s.coord.post('/api/planning/consignes', note)).statusCode).toBe(201);
    const ids = async (who: Session) =>
      (await who.get('/api/planning/consignes')).json().items.map((c: { id: string }) => c.id);
    expect(await ids(s.sami)).toContain(note.id);
    expect(await ids(s.lea)).not.toContain(note.id);
    t.clock.now = new Date(t.clock.now.getTime() + 2 * 86_400_000);
    s.sami = await login(t.app, 'sami@consignes.test'); // two days later: a new session
    s.karim = await login(t.app, 'karim@consignes.test');
    s.lecteur = await login(t.app, 'lecteur@consignes.test');
    expect(await ids(s.sami)).not.toContain(note.id);
    const far = await s.karim.post('/api/planning/consignes', {
      id: randomUUID(),
      texte: 'x',
      jusquau: '2099-01-01',
    });
    expect(far.statusCode).toBe(400);
    expect(far.json().error.details[0]).toMatchObject({
      champ: 'jusquau',
      message: expect.stringMatching(/au plus 31 jours/),
    });
    expect(
      (await s.lecteur.post('/api/planning/consignes', { id: randomUUID(), texte: 'x', jusquau: today() }))
        .statusCode,
    ).toBe(403);
  });
});
