import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, type Session, type TestApp } from '../../../test/helpers';
import { listFixture, listIds } from '../../../test/liste';
import { signInNew } from '../../../test/world';
import { buildPersonne } from '../../factories/accueil.factories';
import { buildUser } from '../../factories/factories';
import { buildSituation } from '../../factories/situations.factories';

describe("situations in a person's file (issue 11 part 4)", () => {
  let t: TestApp;
  let med: Session;
  let stranger: Session;
  let structureId: string;
  let malpasse: string;
  let personneId: string;
  let linked: string;
  let other: string;
  beforeAll(async () => {
    const f = await listFixture();
    t = f.t;
    structureId = f.structureId;
    malpasse = f.malpasse;
    const m = await buildUser(t.db, { structureId });
    const base = { structureId, territoryId: malpasse, mediatorIds: [m.id] };
    linked = (await buildSituation(t.db, base)).id;
    other = (await buildSituation(t.db, base)).id;
    personneId = (await buildPersonne(t.db, { structureId, territoryId: malpasse })).id;
    med = await login(t.app, m.email);
    stranger = await signInNew(t, { role: 'coordinateur' });
  });
  afterAll(() => t.close());

  it('links a party to the file, lists the situation under the file, keeps the pseudonym', async () => {
    const res = await med.post(`/api/situations/${linked}/parties`, {
      kind: 'personne',
      role: 'demandeur',
      personneId,
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    await med.post(`/api/situations/${other}/parties`, { kind: 'menage', role: 'demandeur' });
    expect(await listIds(med, `/api/situations?personneId=${personneId}&ouvertes=false`)).toEqual([linked]);
    const detail = (await med.get(`/api/situations/${linked}`)).json();
    const party = detail.parties.find((p: { personneId: string | null }) => p.personneId === personneId);
    expect(party.libelle).toBe('Personne A');
  });

  it("refuses a file of another structure, and shows another structure's reader nothing", async () => {
    const foreign = await buildPersonne(t.db, {});
    const res = await med.post(`/api/situations/${other}/parties`, {
      kind: 'personne',
      role: 'tiers',
      personneId: foreign.id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('personneId');
    expect((await stranger.get(`/api/situations?personneId=${personneId}&ouvertes=false`)).json().total).toBe(
      0,
    );
  });
});
