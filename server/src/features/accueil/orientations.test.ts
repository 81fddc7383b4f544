import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, parisDate } from '../../../../domain/main-courante/creneau';
import { champsOf, createTestApp, login, type Session, type TestApp } from '../../../test/helpers';
import { signInNew } from '../../../test/world';
import { auditLog, orientations } from '../../db/schema';
import { buildAnnuaireService, buildPersonne } from '../../factories/accueil.factories';
import { buildPartenaire, buildStructure, buildTerritoire, buildUser } from '../../factories/factories';
import { expireOrientations } from './orientations-expiry.job';

const DAY = 86_400_000;

describe('demandes and orientations', () => {
  let t: TestApp;
  let med: Session;
  let coord: Session;
  let bailleur: Session;
  let caf: Session;
  let structureId: string;
  let territoryId: string;
  let serviceCaf: string;
  let serviceBailleur: string;
  let cafPartnerId: string;
  const emails: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    structureId = (await buildStructure(t.db)).id;
    territoryId = (await buildTerritoire(t.db, { structureId })).id;
    const pCaf = await buildPartenaire(t.db, { structureId, kind: 'caf', nom: 'CAF 13' });
    const pBailleur = await buildPartenaire(t.db, { structureId, kind: 'bailleur', nom: 'Habitat 13' });
    cafPartnerId = pCaf.id;
    serviceCaf = (
      await buildAnnuaireService(t.db, { structureId, partnerId: pCaf.id, record: { nom: 'Accueil CAF' } })
    ).id;
    serviceBailleur = (
      await buildAnnuaireService(t.db, {
        structureId,
        partnerId: pBailleur.id,
        record: { nom: 'Agence de proximité' },
      })
    ).id;
    emails.med = (await buildUser(t.db, { structureId, territoryIds: [territoryId] })).email;
    emails.coord = (await buildUser(t.db, { structureId, role: 'coordinateur' })).email;
    emails.bailleur = (
      await buildUser(t.db, { structureId, role: 'partenaire', partnerId: pBailleur.id })
    ).email;
    emails.caf = (await buildUser(t.db, { structureId, role: 'partenaire', partnerId: pCaf.id })).email;
    await signInAll();
  });
  afterAll(() => t.close());

  async function signInAll() {
    med = await login(t.app, emails.med!);
    coord = await login(t.app, emails.coord!);
    bailleur = await login(t.app, emails.bailleur!);
    caf = await login(t.app, emails.caf!);
  }

  const demande = (o: Record<string, unknown> = {}, serviceId = serviceCaf) => ({
    id: randomUUID(),
    date: new Date(t.clock.now.getTime() - 3600_000).toISOString(),
    canal: 'rue',
    territoireId: territoryId,
    motifs: ['difficultes-administratives-ou-juridiques', 'numerique'],
    reponses: [
      { type: 'aide_demarche', portail: 'caf', autonomie: 'fait_avec' },
      { type: 'orientation', orientation: { id: randomUUID(), serviceId, note: 'Rappeler mardi' } },
    ],
    ...o,
  });

  it('records an anonymous request with a procedure and an orientation; a replay creates nothing new', async () => {
    const body = demande();
    const res = await med.post('/api/demandes', body);
    expect(res.statusCode).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({ personneId: null, canal: 'rue', motifs: body.motifs });
    expect(d.reponses[0]).toEqual({ type: 'aide_demarche', portail: 'caf', autonomie: 'fait_avec' });
    expect(d.reponses[1]).toMatchObject({ type: 'orientation', serviceId: serviceCaf, statut: 'proposee' });
    const again = await med.post('/api/demandes', body);
    expect(again.statusCode).toBe(200);
    const day = parisDate(new Date(body.date));
    const listed = (await med.get(`/api/demandes?du=${day}&au=${day}`))
      .json()
      .items.map((x: { id: string }) => x.id);
    expect(listed).toContain(body.id);
    expect(
      (await med.get(`/api/demandes?au=${addDays(day, -1)}`)).json().items.map((x: { id: string }) => x.id),
    ).not.toContain(body.id);
    expect((await t.db.select().from(orientations).where(eq(orientations.demandeId, body.id))).length).toBe(
      1,
    );
    expect(
      (await t.db.select().from(auditLog).where(eq(auditLog.entityId, body.id))).map((r) => r.action),
    ).toEqual(['create']);
  });

  it('concurrent replays of one request store it once; an orientation id reused by another request is refused', async () => {
    const body = demande();
    const [a, b] = await Promise.all([med.post('/api/demandes', body), med.post('/api/demandes', body)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect((await t.db.select().from(orientations).where(eq(orientations.demandeId, body.id))).length).toBe(
      1,
    );
    const reused = await med.post('/api/demandes', { ...body, id: randomUUID() });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.details[0].champ).toBe('reponses.1.orientation.id');
  });

  it('names the faulty field: unknown motive, response, portal, service of another structure', async () => {
    const bad = await med.post(
      '/api/demandes',
      demande({
        motifs: ['astrologie'],
        canal: 'pigeon',
        reponses: [{ type: 'aide_demarche', portail: 'x' }],
      }),
    );
    expect(bad.statusCode).toBe(400);
    const champs = champsOf(bad);
    expect(champs).toEqual(
      expect.arrayContaining(['motifs.0', 'canal', 'reponses.0.portail', 'reponses.0.autonomie']),
    );
    const foreign = await buildAnnuaireService(t.db);
    const res = await med.post('/api/demandes', demande({}, foreign.id));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      { champ: 'reponses.1.orientation.serviceId', message: 'Service inconnu dans votre annuaire.' },
    ]);
    expect((await med.post('/api/demandes', demande({ reponses: [] }))).json().error.details[0].message).toBe(
      'Indiquez au moins une réponse apportée.',
    );
  });

  it('partner scoping: the landlord never sees an orientation sent to the CAF', async () => {
    const toCaf = demande();
    await med.post('/api/demandes', toCaf);
    const orientationId = (toCaf.reponses[1] as { orientation: { id: string } }).orientation.id;
    const seenByLandlord = (await bailleur.get('/api/orientations')).json().items;
    expect(seenByLandlord.map((o: { id: string }) => o.id)).not.toContain(orientationId);
    expect((await bailleur.get(`/api/orientations/${orientationId}`)).statusCode).toBe(404);
    expect(
      (await bailleur.post(`/api/orientations/${orientationId}/reponse`, { reponse: 'acceptee' })).statusCode,
    ).toBe(404);
    const seenByCaf = (await caf.get('/api/orientations')).json().items;
    expect(seenByCaf.map((o: { id: string }) => o.id)).toContain(orientationId);
    // Another structure's partner account sees nothing either.
    const stranger = await signInNew(t, { role: 'partenaire' });
    expect((await stranger.get(`/api/orientations/${orientationId}`)).statusCode).toBe(404);
    // Partners cannot reach requests, files or statistics.
    expect((await caf.get('/api/demandes')).statusCode).toBe(403);
    expect((await caf.get('/api/orientations/statistiques')).statusCode).toBe(403);
  });

  it('partners see only what the person agreed to share, never the mediator’s note', async () => {
    const sharing = await buildPersonne(t.db, {
      structureId,
      territoryId,
      pseudonyme: 'Mme S.',
      identite: { nom: 'Saïdi', telephone: '0611' },
      consent: { partagePartenaires: true },
    });
    const notSharing = await buildPersonne(t.db, {
      structureId,
      territoryId,
      pseudonyme: 'M. N.',
      identite: { nom: 'Nour' },
      consent: { partagePartenaires: false },
    });
    const a = demande({ personneId: sharing.id });
    const b = demande({ personneId: notSharing.id });
    await med.post('/api/demandes', a);
    await med.post('/api/demandes', b);
    const idA = (a.reponses[1] as { orientation: { id: string } }).orientation.id;
    const idB = (b.reponses[1] as { orientation: { id: string } }).orientation.id;
    const va = (await caf.get(`/api/orientations/${idA}`)).json();
    expect(va.personne).toEqual({
      pseudonyme: 'Mme S.',
      prenom: null,
      nom: 'Saïdi',
      telephone: '0611',
      email: null,
    });
    expect(va).not.toHaveProperty('note');
    const vb = (await caf.get(`/api/orientations/${idB}`)).json();
    expect(vb.personne).toBeNull();
    expect(JSON.stringify(await caf.get('/api/orientations').then((r) => r.json()))).not.toContain('Nour');
    // The read of a shared identity is logged.
    const reads = await t.db.select().from(auditLog).where(eq(auditLog.entityId, idA));
    expect(reads.some((r) => r.action === 'read')).toBe(true);
    // Staff lists carry the pseudonym and the note, not the identity.
    const vs = (await coord.get(`/api/orientations/${idA}`)).json();
    expect(vs).toMatchObject({ note: 'Rappeler mardi', personne: { pseudonyme: 'Mme S.', nom: null } });
  });

  it('partner answers: acceptée → prise de contact, refusée needs a reason, closed ones stay closed, history is dated', async () => {
    const ids: string[] = [];
    for (const d of [demande(), demande(), demande()]) {
      await med.post('/api/demandes', d);
      ids.push((d.reponses[1] as { orientation: { id: string } }).orientation.id);
    }
    const [one, two, three] = ids as [string, string, string];
    const acc = await caf.post(`/api/orientations/${one}/reponse`, { reponse: 'acceptee' });
    expect(acc.statusCode).toBe(200);
    expect(acc.json().statut).toBe('prise_de_contact');
    const done = await caf.post(`/api/orientations/${one}/reponse`, {
      reponse: 'aboutie',
      commentaire: 'Dossier déposé',
    });
    expect(done.json().historique.map((h: { statut: string }) => h.statut)).toEqual([
      'proposee',
      'prise_de_contact',
      'aboutie',
    ]);
    expect(done.json().historique.every((h: { le: string }) => !Number.isNaN(Date.parse(h.le)))).toBe(true);
    expect(done.json().historique[2]).toMatchObject({ par: 'partenaire', commentaire: 'Dossier déposé' });
    const noReason = await caf.post(`/api/orientations/${two}/reponse`, { reponse: 'refusee' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0]).toEqual({
      champ: 'motifRefus',
      message: 'Indiquez le motif du refus.',
    });
    const refused = await caf.post(`/api/orientations/${two}/reponse`, {
      reponse: 'refusee',
      motifRefus: 'hors_territoire',
    });
    expect(refused.json()).toMatchObject({ statut: 'refusee', motifRefus: 'hors_territoire' });
    const late = await caf.post(`/api/orientations/${two}/reponse`, { reponse: 'aboutie' });
    expect(late.statusCode).toBe(409);
    // The mediator may close it by hand; partners cannot use the staff route, nor staff the partner one.
    expect((await caf.post(`/api/orientations/${three}/statut`, { statut: 'sans_suite' })).statusCode).toBe(
      403,
    );
    expect((await med.post(`/api/orientations/${three}/reponse`, { reponse: 'acceptee' })).statusCode).toBe(
      403,
    );
    expect((await med.post(`/api/orientations/${three}/statut`, { statut: 'expiree' })).statusCode).toBe(400);
    expect(
      (await med.post(`/api/orientations/${three}/statut`, { statut: 'sans_suite' })).json().statut,
    ).toBe('sans_suite');
  });

  it('two concurrent answers: exactly one wins', async () => {
    const d = demande();
    await med.post('/api/demandes', d);
    const id = (d.reponses[1] as { orientation: { id: string } }).orientation.id;
    const results = await Promise.all([
      caf.post(`/api/orientations/${id}/reponse`, { reponse: 'aboutie' }),
      caf.post(`/api/orientations/${id}/reponse`, { reponse: 'refusee', motifRefus: 'service_complet' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('coordination sees success per partner', async () => {
    const stats = (await coord.get('/api/orientations/statistiques')).json();
    const row = stats.find((s: { partenaireId: string }) => s.partenaireId === cafPartnerId);
    expect(row.partenaire).toBe('CAF 13');
    expect(row.parStatut.aboutie).toBeGreaterThanOrEqual(1);
    expect(row.parStatut.refusee).toBeGreaterThanOrEqual(1);
    const closed =
      row.parStatut.aboutie + row.parStatut.refusee + row.parStatut.sans_suite + row.parStatut.expiree;
    expect(row.tauxReussite).toBeCloseTo(row.parStatut.aboutie / closed, 3);
  });

  it('reminds after the structure’s delay, then the job expires orientations without news (and only those)', async () => {
    await coord.request({
      method: 'PUT',
      url: '/api/accueil/parametres',
      payload: { delaiRelanceJours: 7, delaiExpirationJours: 20 },
    });
    const start = new Date(t.clock.now);
    const d = demande({}, serviceBailleur);
    await med.post('/api/demandes', d);
    const id = (d.reponses[1] as { orientation: { id: string } }).orientation.id;
    const fresh = (await med.get(`/api/orientations/${id}`)).json();
    expect(fresh.aRelancer).toBe(false);
    expect(Date.parse(fresh.expireLe) - start.getTime()).toBeGreaterThanOrEqual(20 * DAY - 1000);

    t.clock.now = new Date(start.getTime() + 8 * DAY);
    await signInAll();
    const toRemind = (await med.get('/api/orientations?aRelancer=true'))
      .json()
      .items.map((o: { id: string }) => o.id);
    expect(toRemind).toContain(id);
    expect(await expireOrientations(t.db, t.clock.now)).toBe(0);

    // One more answered orientation, which must never expire.
    const other = demande({}, serviceBailleur);
    await med.post('/api/demandes', other);
    const otherId = (other.reponses[1] as { orientation: { id: string } }).orientation.id;
    await bailleur.post(`/api/orientations/${otherId}/reponse`, { reponse: 'aboutie' });

    const later = new Date(start.getTime() + 31 * DAY);
    const expired = await expireOrientations(t.db, later);
    expect(expired).toBeGreaterThanOrEqual(1);
    t.clock.now = later;
    await signInAll();
    const v = (await med.get(`/api/orientations/${id}`)).json();
    expect(v.statut).toBe('expiree');
    expect(v.historique.at(-1)).toMatchObject({ statut: 'expiree', par: 'systeme' });
    expect((await med.get(`/api/orientations/${otherId}`)).json().statut).toBe('aboutie');
    expect(await expireOrientations(t.db, later)).toBe(0);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.actorLabel, 'systeme:expiration-orientations'));
    expect(audit.length).toBeGreaterThanOrEqual(1);
    expect((await bailleur.post(`/api/orientations/${id}/reponse`, { reponse: 'acceptee' })).statusCode).toBe(
      409,
    );
  });

  it('delays: only coordination changes them, within bounds', async () => {
    expect(
      (
        await med.request({
          method: 'PUT',
          url: '/api/accueil/parametres',
          payload: { delaiRelanceJours: 3, delaiExpirationJours: 10 },
        })
      ).statusCode,
    ).toBe(403);
    const bad = await coord.request({
      method: 'PUT',
      url: '/api/accueil/parametres',
      payload: { delaiRelanceJours: 0, delaiExpirationJours: 1000 },
    });
    expect(bad.statusCode).toBe(400);
    expect((await med.get('/api/accueil/parametres')).json()).toEqual({
      delaiRelanceJours: 7,
      delaiExpirationJours: 20,
    });
  });
});
