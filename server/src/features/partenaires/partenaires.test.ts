import { describe, expect, it } from 'vitest';
import { champsOf } from '../../../test/helpers';
import { buildSite, signInNew, useWorld } from '../../../test/world';
import { buildPartenaire, buildUser } from '../../factories/factories';

describe('partners', () => {
  const {
    t,
    d: site,
    admin,
  } = useWorld((db) => buildSite(db, { users: { admin: { role: 'direction' } } }), ['admin']);

  const body = {
    nom: 'Habitat Sud',
    kind: 'bailleur',
    email: 'proximite@habitat-sud.example',
    telephone: '04 91 00 00 00',
    adresse: '1 rue du Port, Marseille',
    territoireIds: [] as string[],
    contacts: [{ nom: 'Gardien Corot', fonction: 'Gardien', telephone: '06 00 00 00 00' }],
  };

  it('creates, reads, searches, updates and deletes a partner with contacts and territories', async () => {
    const created = await admin.post('/api/partenaires', { ...body, territoireIds: [site.territoryId] });
    expect(created.statusCode).toBe(201);
    const p = created.json();
    expect(p).toMatchObject({ nom: 'Habitat Sud', kind: 'bailleur', territoireIds: [site.territoryId] });
    expect(p.contacts[0]).toMatchObject({ nom: 'Gardien Corot', fonction: 'Gardien', email: null });
    await admin.post('/api/partenaires', { ...body, nom: 'CCAS', kind: 'ccas', contacts: [] });
    expect((await admin.get('/api/partenaires?q=habitat')).json()).toHaveLength(1);
    expect((await admin.get('/api/partenaires?kind=ccas')).json()[0].nom).toBe('CCAS');
    const updated = await admin.patch(`/api/partenaires/${p.id}`, {
      ...body,
      nom: 'Habitat Sud Métropole',
      contacts: [],
    });
    expect(updated.json()).toMatchObject({ nom: 'Habitat Sud Métropole', contacts: [], territoireIds: [] });
    expect((await admin.delete(`/api/partenaires/${p.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/partenaires/${p.id}`)).statusCode).toBe(404);
  });

  it('names every bad field in French', async () => {
    const res = await admin.post('/api/partenaires', {
      nom: ' ',
      kind: 'banque',
      email: 'pas-un-mail',
      contacts: [{}],
    });
    expect(res.statusCode).toBe(400);
    const champs = champsOf(res);
    expect(champs).toEqual(expect.arrayContaining(['nom', 'kind', 'email', 'contacts.0.nom']));
    expect(res.json().error.message).toMatch(/^Données invalides/);
  });

  it('refuses to delete a partner that has accounts attached', async () => {
    const partner = await buildPartenaire(t.db, { structureId: site.structureId });
    await buildUser(t.db, { structureId: site.structureId, role: 'partenaire', partnerId: partner.id });
    const res = await admin.delete(`/api/partenaires/${partner.id}`);
    expect(res.statusCode).toBe(409);
  });

  it('mediators read partners but cannot change them', async () => {
    const med = await signInNew(t, { structureId: site.structureId });
    expect((await med.get('/api/partenaires')).statusCode).toBe(200);
    expect((await med.post('/api/partenaires', body)).statusCode).toBe(403);
  });

  it('another structure neither lists nor reads nor attaches these partners', async () => {
    const mine = await buildPartenaire(t.db, { structureId: site.structureId, nom: 'Partenaire privé' });
    const other = await signInNew(t, { role: 'admin' });
    expect((await other.get('/api/partenaires')).json()).toEqual([]);
    expect((await other.get(`/api/partenaires/${mine.id}`)).statusCode).toBe(404);
    const attach = await other.post('/api/partenaires', { ...body, territoireIds: [site.territoryId] });
    expect(attach.statusCode).toBe(400);
  });
});
