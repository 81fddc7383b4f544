/** The desk: a request entered later (its time, Paris), a short note, and the orientation slip. */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { hasCommand, readPdf } from '../../../test/documents';
import { buildSite, signInNew, useWorld } from '../../../test/world';
import { auditLog } from '../../db/schema';
import { buildAnnuaireService, buildPersonne } from '../../factories/accueil.factories';
import { buildPartenaire, buildStructure } from '../../factories/factories';

describe('demandes at the desk: time, note, orientation slip', () => {
  const { t, d: w } = useWorld(async (_, t) => {
    const { structureId, territoryId } = await buildSite(t.db);
    const p = await buildPartenaire(t.db, { structureId, kind: 'caf', nom: 'CAF 13' });
    const serviceId = (
      await buildAnnuaireService(t.db, {
        structureId,
        partnerId: p.id,
        record: {
          nom: 'Accueil CAF',
          adresse: '12 rue de la République',
          code_postal: '13001',
          telephone: '04 91 00 00 00',
          courriel: 'accueil@caf.example',
          horaires_accueil: 'Mo-Fr 09:00-12:00',
        },
      })
    ).id;
    const med = await signInNew(t, { structureId, territoryIds: [territoryId] });
    const partner = await signInNew(t, { structureId, role: 'partenaire', partnerId: p.id });
    const s2 = (await buildStructure(t.db)).id;
    const other = await signInNew(t, { structureId: s2, role: 'coordinateur' });
    return { med, partner, other, structureId, territoryId, serviceId };
  });

  const demande = (o: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    date: '2026-03-10T17:00:00.000Z',
    canal: 'permanence',
    territoireId: w.territoryId,
    motifs: ['numerique'],
    reponses: [{ type: 'orientation', orientation: { id: randomUUID(), serviceId: w.serviceId } }],
    ...o,
  });

  /** A person of the team's territory, named, who consented to sharing with partners or not. */
  const namedPersonne = (prenom: string, nom: string, partagePartenaires: boolean) =>
    buildPersonne(t.db, {
      structureId: w.structureId,
      territoryId: w.territoryId,
      identite: { prenom, nom },
      consent: { partagePartenaires },
    });

  it('dates the request at the time given, Europe/Paris, and keeps a cleaned note', async () => {
    const res = await w.med.post(
      '/api/demandes',
      demande({ heure: '14:05', note: ' Revenir\u000b avec le bail ' }),
    );
    expect(res.statusCode).toBe(201);
    // 10 March 2026 is winter time: 14:05 in Paris is 13:05 UTC.
    expect(res.json().date).toBe('2026-03-10T13:05:00.000Z');
    expect(res.json().note).toBe('Revenir avec le bail');
    const summer = await w.med.post(
      '/api/demandes',
      demande({ date: '2026-07-01T16:00:00Z', heure: '09:30' }),
    );
    expect(summer.json().date).toBe('2026-07-01T07:30:00.000Z');
    expect(summer.json().note).toBeNull();
    const got = await w.med.get(`/api/demandes/${res.json().id}`);
    expect(got.json().note).toBe('Revenir avec le bail');
  });

  it('refuses a bad time or too long a note, naming the field', async () => {
    const bad = await w.med.post('/api/demandes', demande({ heure: '25:00' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('heure');
    // At 18:00 in Paris, 23:00 is still to come: refused; 17:58 is kept.
    const real = t.clock.now;
    t.clock.now = new Date('2026-03-10T17:00:00.000Z');
    try {
      const future = await w.med.post('/api/demandes', demande({ heure: '23:00' }));
      expect(future.statusCode).toBe(400);
      expect(future.json().error.details[0].champ).toBe('heure');
      expect((await w.med.post('/api/demandes', demande({ heure: '17:58' }))).statusCode).toBe(201);
    } finally {
      t.clock.now = real;
    }
    const long = await w.med.post('/api/demandes', demande({ note: 'x'.repeat(281) }));
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('note');
  });

  it.skipIf(!hasCommand('pdftoppm'))(
    'prints a one-page slip with the service, and no personal data without a sharing consent',
    async () => {
      const anonyme = await namedPersonne('Samia', 'Benali', false);
      const d = demande({ personneId: anonyme.id });
      expect((await w.med.post('/api/demandes', d)).statusCode).toBe(201);
      const oid = d.reponses[0]!.orientation.id;
      const res = await w.med.get(`/api/orientations/${oid}/fiche`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const { images, pages } = await readPdf(res.rawPayload, 40);
      expect(images).toHaveLength(1);
      const text = pages.join('\n');
      for (const s of ['Fiche d’orientation', 'Accueil CAF', '12 rue de la République', '13001']) {
        expect(text).toContain(s);
      }
      expect(text).toContain('04 91 00 00 00');
      expect(text).toContain('accueil@caf.example');
      expect(text).toMatch(/lun\.|Lundi|9:00|09:00/i);
      expect(text).not.toContain('Samia');
      expect(text).not.toContain('Benali');
      const audits = await t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, anonyme.id), eq(auditLog.action, 'read')));
      expect(audits).toHaveLength(0);
    },
  );

  it.skipIf(!hasCommand('pdftoppm'))(
    'names the person when they consented to sharing with partners, and audits the slip',
    async () => {
      const p = await namedPersonne('Karim', 'Haddad', true);
      const d = demande({ personneId: p.id });
      await w.med.post('/api/demandes', d);
      const res = await w.med.get(`/api/orientations/${d.reponses[0]!.orientation.id}/fiche`);
      const { pages } = await readPdf(res.rawPayload, 40);
      expect(pages.join('\n')).toContain('Karim Haddad');
      const [audit] = await t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, p.id), eq(auditLog.action, 'read')));
      expect(audit?.diff).toMatchObject({ document: 'fiche_orientation' });
    },
  );

  it('answers 401, 403 to a partner, 404 from another structure or an unknown id', async () => {
    const d = demande();
    await w.med.post('/api/demandes', d);
    const url = `/api/orientations/${d.reponses[0]!.orientation.id}/fiche`;
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await w.partner.get(url)).statusCode).toBe(403);
    expect((await w.other.get(url)).statusCode).toBe(404);
    expect((await w.med.get(`/api/orientations/${randomUUID()}/fiche`)).statusCode).toBe(404);
  });
});
