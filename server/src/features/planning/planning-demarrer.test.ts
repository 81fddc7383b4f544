import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { login } from '../../../test/helpers';
import { buildSite, useWorld } from '../../../test/world';
import { buildUser } from '../../factories/factories';
import { activiteBody } from '../main-courante/main-courante.factories';

/** Issue 13, part 4: a planned tournée becomes the logged activity, linked to its shift. */
describe('starting a planned shift', () => {
  const { d: w } = useWorld(async (_, t) => {
    const { structureId: sid, territoryId: qpv } = await buildSite(t.db);
    for (const k of ['karim', 'lea', 'sami']) {
      ids[k as keyof typeof ids] = (
        await buildUser(t.db, { structureId: sid, email: `${k}@demarrer.test` })
      ).id;
    }
    await buildUser(t.db, { structureId: sid, role: 'coordinateur', email: 'coord@demarrer.test' });
    const coord = await login(t.app, 'coord@demarrer.test');
    const karim = await login(t.app, 'karim@demarrer.test');
    const sami = await login(t.app, 'sami@demarrer.test');
    return { qpv, coord, karim, sami };
  });
  const ids = { karim: '', lea: '', sami: '' };

  it('links the activity to the shift once; a shift not one’s own or cancelled is refused by field', async () => {
    const shift = (
      await w.coord.post('/api/planning/creneaux', {
        id: randomUUID(),
        type: 'tournee',
        debut: '2026-03-10T14:00:00+01:00',
        fin: '2026-03-10T17:00:00+01:00',
        mediateurIds: [ids.karim, ids.lea],
        territoireId: w.qpv,
      })
    ).json();
    const body = activiteBody({
      territoireId: w.qpv,
      mediateurIds: [ids.karim, ids.lea],
      creneauId: shift.id,
      fin: null,
    });
    const res = await w.karim.post('/api/activites', body);
    expect(res.statusCode).toBe(201);
    const plan = (await w.coord.get('/api/planning?du=2026-03-10&au=2026-03-10')).json();
    expect(plan.creneaux[0]).toMatchObject({ id: shift.id, activiteId: body.id });
    // The same request again (offline retry) changes nothing; another activity cannot take it.
    expect((await w.karim.post('/api/activites', body)).statusCode).toBe(200);
    const again = await w.karim.post('/api/activites', { ...body, id: randomUUID() });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.details).toEqual([expect.objectContaining({ champ: 'creneauId' })]);
    const notMine = await w.sami.post(
      '/api/activites',
      activiteBody({ territoireId: w.qpv, mediateurIds: [ids.sami], creneauId: shift.id }),
    );
    expect(notMine.statusCode).toBe(400);
  });
});
