import { describe, expect, it } from 'vitest';
import { login } from '../../../test/helpers';
import { listSite } from '../../../test/liste';
import { signInNew, useWorld } from '../../../test/world';
import { situationParties, situationSteps } from '../../db/schema';
import { buildLieu, buildUser } from '../../factories/factories';
import { buildSituation } from '../../factories/situations.factories';

/** Issue 11, point 6: situations you can tell apart in the list, as far as rights allow. */
describe('situations list: place, QPV name, parties, latest step', () => {
  const { d: w } = useWorld(async (_, t) => {
    const { structureId, malpasse } = await listSite(t);
    const m = await buildUser(t.db, { structureId, territoryIds: [malpasse] });
    const lieu = await buildLieu(t.db, { structureId, territoryId: malpasse, nom: 'Bâtiment B' });
    const id = (
      await buildSituation(t.db, {
        structureId,
        territoryId: malpasse,
        mediatorIds: [m.id],
        placeId: lieu.id,
      })
    ).id;
    for (const [role, label] of [
      ['demandeur', 'Ménage A'],
      ['mis_en_cause', 'Ménage B'],
    ] as const)
      await t.db
        .insert(situationParties)
        .values({ structureId, situationId: id, kind: 'menage', role, label });
    await t.db.insert(situationSteps).values([
      { structureId, situationId: id, kind: 'entretien_individuel', day: '2099-06-01' },
      { structureId, situationId: id, kind: 'rencontre_mediation', day: '2099-06-12' },
    ]);
    const med = await login(t.app, m.email);
    const other = await signInNew(t, { structureId, territoryIds: [malpasse] });
    return { med, other, id };
  });

  it('shows the team in charge the place, the QPV name, the parties and the latest step', async () => {
    const line = (await w.med.get('/api/situations')).json().items.find((s: { id: string }) => s.id === w.id);
    expect(line).toMatchObject({
      lieuNom: 'Bâtiment B',
      partiesLibelles: ['Ménage A', 'Ménage B'],
      derniereEtape: { kind: 'rencontre_mediation', date: '2099-06-12' },
    });
    expect(line.qpvNom).toBeTruthy();
  });

  it('shows another mediator the QPV name only', async () => {
    const line = (await w.other.get('/api/situations'))
      .json()
      .items.find((s: { id: string }) => s.id === w.id);
    expect(line.qpvNom).toBeTruthy();
    expect(line).not.toHaveProperty('lieuNom');
    expect(line).not.toHaveProperty('partiesLibelles');
    expect(line).not.toHaveProperty('derniereEtape');
  });
});
