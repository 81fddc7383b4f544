import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildSite, signInNew, useWorld } from '../../../test/world';
import { auditLog, demandes } from '../../db/schema';
import { buildPersonne } from '../../factories/accueil.factories';
import { buildTerritoire, buildUser } from '../../factories/factories';

describe('personnes: pseudonymous by default, identity only with consent', () => {
  const {
    t,
    d: site,
    med,
    coord,
  } = useWorld(
    async (db) => {
      const { structureId, territoryId } = await buildSite(db);
      const otherTerritoryId = (await buildTerritoire(db, { structureId, qpvCode: 'QN01344M' })).id;
      const med = await buildUser(db, { structureId, territoryIds: [territoryId] });
      return {
        structureId,
        territoryId,
        otherTerritoryId,
        med,
        coord: await buildUser(db, { structureId, role: 'coordinateur' }),
      };
    },
    ['med', 'coord'],
  );

  const base = () => ({
    id: randomUUID(),
    pseudonyme: 'M. K.',
    territoireId: site.territoryId,
    trancheAge: 'senior',
    genre: 'homme',
  });
  const consent = {
    date: '2026-11-20',
    finalite: 'Suivi de la demande de logement',
    mode: 'oral',
    partagePartenaires: true,
  };
  const identite = { prenom: 'Karim', nom: 'Kaddour', telephone: '06 12 34 56 78' };

  it('creates a pseudonymous file; replaying the same id creates nothing new', async () => {
    const body = base();
    const res = await med.post('/api/personnes', body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      pseudonyme: 'M. K.',
      identite: null,
      consentements: [],
      typeMenage: 'non_precise',
    });
    const again = await med.post('/api/personnes', body);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(body.id);
  });

  it('refuses an identity without consent, on create and on update', async () => {
    const res = await med.post('/api/personnes', { ...base(), identite });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      {
        champ: 'consentement',
        message: 'Le consentement de la personne est requis pour enregistrer son identité.',
      },
    ]);
    const created = (await med.post('/api/personnes', base())).json();
    const upd = await med.patch(`/api/personnes/${created.id}`, {
      pseudonyme: 'M. K.',
      territoireId: site.territoryId,
      identite,
    });
    expect(upd.statusCode).toBe(400);
    expect(upd.json().error.details[0].champ).toBe('identite');
  });

  it('records identity with its consent (date, purpose, by whom, how), logs every read and keeps identity out of the log', async () => {
    const res = await med.post('/api/personnes', { ...base(), identite, consentement: consent });
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p.identite).toMatchObject(identite);
    expect(p.consentements[0]).toMatchObject({
      date: '2026-11-20',
      finalite: consent.finalite,
      mode: 'oral',
      partagePartenaires: true,
      retireLe: null,
    });
    expect(p.consentements[0].recueilliPar).toMatch(/^[0-9a-f-]{36}$/);
    // The list never carries identity.
    expect(
      (await med.get('/api/personnes?q=M.'))
        .json()
        .items.every((x: { identite: unknown }) => x.identite === null),
    ).toBe(true);
    expect((await med.get(`/api/personnes/${p.id}`)).json().identite.nom).toBe('Kaddour');
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.entityId, p.id));
    expect(rows.map((r) => r.action).sort()).toEqual(['create', 'read']);
    expect(JSON.stringify(rows)).not.toContain('Kaddour');
  });

  it('adds a consent later, then withdrawing the last one erases the identity', async () => {
    const p = (await med.post('/api/personnes', base())).json();
    const c = await med.post(`/api/personnes/${p.id}/consentements`, { ...consent, mode: 'ecrit' });
    expect(c.statusCode).toBe(201);
    const upd = await med.patch(`/api/personnes/${p.id}`, {
      pseudonyme: 'M. K.',
      territoireId: site.territoryId,
      identite,
    });
    expect(upd.statusCode).toBe(200);
    expect(upd.json().identite.telephone).toBe('06 12 34 56 78');
    const w = await med.post(`/api/personnes/${p.id}/consentements/${c.json().id}/retrait`);
    expect(w.statusCode).toBe(200);
    expect(w.json().identite).toBeNull();
    expect(w.json().consentements[0].retireLe).not.toBeNull();
  });

  it('merges a duplicate: requests move over, the duplicate stays for history, marked merged', async () => {
    const kept = (await med.post('/api/personnes', { ...base(), pseudonyme: 'Mme B.' })).json();
    const dup = (
      await med.post('/api/personnes', { ...base(), pseudonyme: 'Mme B', identite, consentement: consent })
    ).json();
    const demandeId = randomUUID();
    await med.post('/api/demandes', {
      id: demandeId,
      date: '2026-11-20T10:00:00+01:00',
      canal: 'rue',
      territoireId: site.territoryId,
      personneId: dup.id,
      motifs: ['sante'],
      reponses: [{ type: 'information' }],
    });
    expect((await med.post(`/api/personnes/${kept.id}/fusion`, { doublonId: dup.id })).statusCode).toBe(403);
    const res = await coord.post(`/api/personnes/${kept.id}/fusion`, { doublonId: dup.id });
    expect(res.statusCode).toBe(200);
    expect(res.json().identite.nom).toBe('Kaddour');
    expect(res.json().consentements).toHaveLength(1);
    const [d] = await t.db.select().from(demandes).where(eq(demandes.id, demandeId));
    expect(d!.personneId).toBe(kept.id);
    const old = (await coord.get(`/api/personnes/${dup.id}`)).json();
    expect(old).toMatchObject({ fusionneeDans: kept.id, identite: null });
    expect((await coord.get('/api/personnes?q=Mme')).json().items.map((x: { id: string }) => x.id)).toEqual([
      kept.id,
    ]);
    expect((await coord.post(`/api/personnes/${kept.id}/fusion`, { doublonId: dup.id })).statusCode).toBe(
      409,
    );
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, kept.id), eq(auditLog.action, 'update')));
    expect(audit).toHaveLength(1);
  });

  it('scopes files by territory and structure: 404 on read, 400 naming the field on reference', async () => {
    const elsewhere = await buildPersonne(t.db, {
      structureId: site.structureId,
      territoryId: site.otherTerritoryId,
    });
    expect((await med.get(`/api/personnes/${elsewhere.id}`)).statusCode).toBe(404);
    expect((await coord.get(`/api/personnes/${elsewhere.id}`)).statusCode).toBe(200);
    const wrongTerritory = await med.post('/api/personnes', {
      ...base(),
      territoireId: site.otherTerritoryId,
    });
    expect(wrongTerritory.statusCode).toBe(400);
    expect(wrongTerritory.json().error.details[0].champ).toBe('territoireId');
    const other = await signInNew(t, { role: 'admin' });
    const mine = (await med.post('/api/personnes', base())).json();
    expect((await other.get(`/api/personnes/${mine.id}`)).statusCode).toBe(404);
    expect((await other.get('/api/personnes')).json()).toMatchObject({ items: [], total: 0 });
    const partner = await signInNew(t, { structureId: site.structureId, role: 'partenaire' });
    expect((await partner.get(`/api/personnes/${mine.id}`)).statusCode).toBe(403);
    const reader = await signInNew(t, { structureId: site.structureId, role: 'lecteur' });
    expect((await reader.post('/api/personnes', base())).statusCode).toBe(403);
  });
});
