import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { champsOf } from '../../../test/helpers';
import { useWorld } from '../../../test/world';
import { auditLog } from '../../db/schema';
import { buildProjetsWorld, projetBody } from './projets.factories';

/** Issue 14, part 4: a project's support steps and funding, and the French refusals, through the API. */
describe('projets: steps, funding, validation', () => {
  const { t, d, med, med2, coord } = useWorld(buildProjetsWorld, ['med', 'med2', 'coord']);

  const projet = (extra: object = {}) => projetBody(d, extra);
  const audits = (entityId: string, action: string) =>
    t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));

  it('refuses, in French and naming the field, a carrier without consent, a missing title, odd hours and cents', async () => {
    const sans = await med.post('/api/projets', projet({ personneIds: [d.sansConsentement.id] }));
    expect(sans.statusCode).toBe(400);
    expect(champsOf(sans)).toEqual(['personneIds']);
    expect(sans.json().error.message).toContain('consentement en cours');
    const titre = await med.post('/api/projets', projet({ titre: '  ' }));
    expect(titre.statusCode).toBe(400);
    expect(titre.json().error.details).toEqual([{ champ: 'titre', message: 'Champ obligatoire.' }]);
    const realise = await med.post('/api/projets', projet({ statut: 'realise' }));
    expect(champsOf(realise)).toEqual(['statut']);
    const p = (await med.post('/api/projets', projet({ personneIds: [] }))).json();
    const etape = (heures: number) => ({
      id: randomUUID(),
      date: '2027-03-02',
      kind: 'rencontre',
      heures,
      note: null,
      mediateurIds: [],
    });
    const quart = await med.post(`/api/projets/${p.id}/etapes`, etape(1.3));
    expect(quart.json().error.details).toEqual([
      { champ: 'heures', message: 'Les heures se comptent par quarts d’heure (0,25).' },
    ]);
    expect(champsOf(await med.post(`/api/projets/${p.id}/etapes`, etape(25)))).toEqual(['heures']);
    const fin = {
      id: randomUUID(),
      financeur: 'Fondation de France',
      montantSollicite: 10.123,
      date: '2027-03-01',
    };
    const cents = await coord.post(`/api/projets/${p.id}/financements`, fin);
    expect(cents.json().error.details).toEqual([
      { champ: 'montantSollicite', message: 'Au plus deux décimales (centimes).' },
    ]);
    const deux = await coord.post(`/api/projets/${p.id}/financements`, {
      ...fin,
      montantSollicite: 10,
      partenaireId: d.bailleur.id,
    });
    expect(champsOf(deux)).toEqual(['financeur']);
  });

  it('records steps and funding once per id, as a timeline newest first with exact cents', async () => {
    const p = (await med.post('/api/projets', projet({ titre: 'Jardin partagé' }))).json();
    const rencontre = {
      id: randomUUID(),
      date: '2027-03-02',
      kind: 'rencontre',
      heures: 1.5,
      note: 'Première réunion',
      mediateurIds: [d.med.id, d.med2.id],
    };
    const first = await med.post(`/api/projets/${p.id}/etapes`, rencontre);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      heures: 1.5,
      mediateurs: [{ nom: 'Karim Benali' }, { nom: 'Léa Martin' }],
    });
    expect((await med.post(`/api/projets/${p.id}/etapes`, rencontre)).statusCode).toBe(201);
    await med.post(`/api/projets/${p.id}/etapes`, {
      ...rencontre,
      id: randomUUID(),
      date: '2027-04-10',
      kind: 'montage_dossier',
      heures: 2.25,
      note: null,
    });
    expect(
      (
        await med.post(`/api/projets/${p.id}/financements`, {
          id: randomUUID(),
          financeur: 'Ville',
          montantSollicite: 1,
          date: '2027-03-01',
        })
      ).statusCode,
    ).toBe(403);
    const ville = {
      id: randomUUID(),
      financeur: 'Ville de Marseille',
      montantSollicite: 1500.1,
      montantObtenu: null,
      date: '2027-03-20',
    };
    expect((await coord.post(`/api/projets/${p.id}/financements`, ville)).statusCode).toBe(201);
    const bailleur = {
      id: randomUUID(),
      partenaireId: d.bailleur.id,
      montantSollicite: 0.2,
      montantObtenu: 0.2,
      date: '2027-03-05',
    };
    expect((await coord.post(`/api/projets/${p.id}/financements`, bailleur)).json().financeur).toEqual({
      id: d.bailleur.id,
      nom: 'Bailleur Habitat 13',
    });
    const trop = await coord.patch(`/api/projets/${p.id}/financements/${ville.id}`, { montantObtenu: 2000 });
    expect(champsOf(trop)).toEqual(['montantObtenu']);
    const obtenu = await coord.patch(`/api/projets/${p.id}/financements/${ville.id}`, {
      montantObtenu: 1200.1,
    });
    expect(obtenu.json()).toMatchObject({ montantSollicite: 1500.1, montantObtenu: 1200.1 });
    const page = (await med.get(`/api/projets/${p.id}`)).json();
    expect(page.chronologie.map((e: { type: string; date: string }) => `${e.type} ${e.date}`)).toEqual([
      'etape 2027-04-10',
      'financement 2027-03-20',
      'financement 2027-03-05',
      'etape 2027-03-02',
    ]);
    expect(page.totaux).toEqual({ heures: 3.75, sollicite: 1500.3, obtenu: 1200.3 });
    // A colleague cannot remove Karim's step; coordination can.
    expect((await med2.delete(`/api/projets/${p.id}/etapes/${rencontre.id}`)).statusCode).toBe(403);
    expect((await coord.delete(`/api/projets/${p.id}/etapes/${rencontre.id}`)).statusCode).toBe(204);
    expect((await coord.delete(`/api/projets/${p.id}/financements/${bailleur.id}`)).statusCode).toBe(204);
    const after = (await med.get(`/api/projets/${p.id}`)).json();
    expect(after.chronologie).toHaveLength(2);
    expect(await audits(rencontre.id, 'delete')).toHaveLength(1);
  });
});
