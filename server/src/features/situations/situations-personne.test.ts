import { describe, expect, it } from 'vitest';
import { login } from '../../../test/helpers';
import { listIds, listSite } from '../../../test/liste';
import { signInNew, useWorld } from '../../../test/world';
import { buildPersonne } from '../../factories/accueil.factories';
import { buildUser } from '../../factories/factories';
import { buildSituation } from '../../factories/situations.factories';

describe("situations in a person's file (issue 11 part 4)", () => {
  const { t, d: w } = useWorld(async (_, t) => {
    const { structureId, malpasse } = await listSite(t);
    const m = await buildUser(t.db, { structureId });
    const base = { structureId, territoryId: malpasse, mediatorIds: [m.id] };
    const linked = (await buildSituation(t.db, base)).id;
    const other = (await buildSituation(t.db, base)).id;
    const personneId = (await buildPersonne(t.db, { structureId, territoryId: malpasse })).id;
    const med = await login(t.app, m.email);
    const stranger = await signInNew(t, { role: 'coordinateur' });
    return { med, stranger, structureId, malpasse, personneId, linked, other };
  });

  it('links a party to the file, lists the situation under the file, keeps the pseudonym', async () => {
    const res = await w.med.post(`/api/situations/${w.linked}/parties`, {
      kind: 'personne',
      role: 'demandeur',
      personneId: w.personneId,
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    await w.med.post(`/api/situations/${w.other}/parties`, { kind: 'menage', role: 'demandeur' });
    expect(await listIds(w.med, `/api/situations?personneId=${w.personneId}&ouvertes=false`)).toEqual([
      w.linked,
    ]);
    const detail = (await w.med.get(`/api/situations/${w.linked}`)).json();
    const party = detail.parties.find((p: { personneId: string | null }) => p.personneId === w.personneId);
    expect(party.libelle).toBe('Personne A');
  });

  it("refuses a file of another structure, and shows another structure's reader nothing", async () => {
    const foreign = await buildPersonne(t.db, {});
    const res = await w.med.post(`/api/situations/${w.other}/parties`, {
      kind: 'personne',
      role: 'tiers',
      personneId: foreign.id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('personneId');
    expect(
      (await w.stranger.get(`/api/situations?personneId=${w.personneId}&ouvertes=false`)).json().total,
    ).toBe(0);
  });
});
