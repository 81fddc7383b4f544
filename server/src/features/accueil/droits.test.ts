/** A person's rights of access and erasure (issue 16, part 2), through the API. */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { hasCommand, readPdf } from '../../../test/documents';
import { buildSite, signInNew, useWorld } from '../../../test/world';
import { situations } from '../../db/schema';
import { buildAnnuaireService, buildDemande, buildPersonne } from '../../factories/accueil.factories';
import { buildPartenaire, buildStructure } from '../../factories/factories';
import { buildPartie, buildSituation } from '../../factories/situations.factories';

describe('a person’s rights: export and erasure', () => {
  const { t, d: w } = useWorld(async (_, t) => {
    const { structureId, territoryId } = await buildSite(t.db);
    const partner = await buildPartenaire(t.db, { structureId, kind: 'ccas', nom: 'CCAS' });
    const serviceId = (await buildAnnuaireService(t.db, { structureId, partnerId: partner.id })).id;
    const coord = await signInNew(t, { structureId, role: 'coordinateur', territoryIds: [territoryId] });
    const med = await signInNew(t, { structureId, territoryIds: [territoryId] });
    const partenaire = await signInNew(t, { structureId, role: 'partenaire', partnerId: partner.id });
    const other = await signInNew(t, { structureId: (await buildStructure(t.db)).id, role: 'coordinateur' });
    return { structureId, territoryId, serviceId, coord, med, partenaire, other };
  });

  /** A person with identity, a request with a note and an orientation, and another person's request. */
  async function person(pseudonyme: string) {
    const p = await buildPersonne(t.db, {
      structureId: w.structureId,
      territoryId: w.territoryId,
      pseudonyme,
      identite: { prenom: 'Aïcha', nom: 'Benkacem', telephone: '06 11 22 33 44' },
      consent: { partagePartenaires: false },
    });
    return p;
  }

  const demandeOf = async (personneId: string, note: string) => {
    const res = await w.coord.post('/api/demandes', {
      id: crypto.randomUUID(),
      date: '2026-03-10T17:00:00.000Z',
      canal: 'permanence',
      territoireId: w.territoryId,
      personneId,
      motifs: ['numerique'],
      reponses: [{ type: 'orientation', orientation: { id: crypto.randomUUID(), serviceId: w.serviceId } }],
      note,
    });
    expect(res.statusCode).toBe(201);
  };

  it('hands over everything held about the person and nothing about anyone else, in JSON and PDF', async () => {
    const p = await person('Mme A.');
    const voisin = await person('M. V.');
    await demandeOf(p.id, 'Dossier CAF à compléter');
    await demandeOf(voisin.id, 'Note sur le voisin');
    const s = await buildSituation(t.db, {
      structureId: w.structureId,
      territoryId: w.territoryId,
      mediatorIds: [],
    });
    await buildPartie(t.db, {
      structureId: w.structureId,
      situationId: s.id,
      label: 'Ménage du 2e',
      personneId: p.id,
    });
    await buildPartie(t.db, {
      structureId: w.structureId,
      situationId: s.id,
      label: 'Ménage du 3e',
      role: 'mis_en_cause',
    });
    await w.med.get(`/api/personnes/${p.id}`); // a read the person is told of

    const res = await w.coord.get(`/api/personnes/${p.id}/export`);
    expect(res.statusCode).toBe(200);
    const e = res.json();
    expect(e.personne).toMatchObject({
      pseudonyme: 'Mme A.',
      identite: { prenom: 'Aïcha', nom: 'Benkacem', telephone: '06 11 22 33 44' },
      trancheAge: 'Adulte (26–59 ans)',
    });
    expect(e.consentements).toHaveLength(1);
    expect(e.demandes).toEqual([
      expect.objectContaining({
        canal: 'Permanence',
        motifs: ['Numérique'],
        note: 'Dossier CAF à compléter',
      }),
    ]);
    expect(e.orientations).toHaveLength(1);
    expect(e.situations).toEqual([
      expect.objectContaining({ role: 'Demandeur', libelle: 'Ménage du 2e', statut: 'Ouverte' }),
    ]);
    expect(e.acces.some((a: { action: string }) => a.action === 'Consultation')).toBe(true);
    const text = JSON.stringify(e);
    for (const foreign of [
      'M. V.',
      'Note sur le voisin',
      'Ménage du 3e',
      'Bruits répétés',
      'Appel du gardien',
    ]) {
      expect(text).not.toContain(foreign);
    }

    const pdf = await w.coord.get(`/api/personnes/${p.id}/export?format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    if (hasCommand('pdftotext')) {
      const text = (await readPdf(pdf.rawPayload)).pages.join('\n');
      expect(text).toContain('Vos données personnelles');
      expect(text).toContain('Dossier CAF');
      expect(text).not.toContain('voisin');
    }
  });

  it('erases the person but keeps the requests as counts, and refuses while a situation is open', async () => {
    const p = await person('Mme E.');
    await demandeOf(p.id, 'Elle est enceinte, besoin d’un logement');
    const s = await buildSituation(t.db, {
      structureId: w.structureId,
      territoryId: w.territoryId,
      mediatorIds: [],
    });
    await buildPartie(t.db, { structureId: w.structureId, situationId: s.id, personneId: p.id });
    const report = async () =>
      (await w.coord.get('/api/rapports/activite?du=2026-03-01&au=2026-03-31')).json();
    const before = await report();

    const held = await w.coord.delete(`/api/personnes/${p.id}`);
    expect(held.statusCode).toBe(409);
    expect(held.json().error.message).toMatch(/situation en cours/);

    await t.db
      .update(situations)
      .set({ status: 'cloturee', outcome: 'resolu', closedOn: s.openedOn })
      .where(eq(situations.id, s.id));
    expect((await w.coord.delete(`/api/personnes/${p.id}`)).statusCode).toBe(204);
    expect((await w.coord.get(`/api/personnes/${p.id}`)).statusCode).toBe(404);
    expect(await report()).toEqual(before);
    const demandes = (await w.coord.get('/api/demandes?du=2026-03-01&au=2026-03-31')).json();
    expect(JSON.stringify(demandes)).not.toContain('enceinte');
  });

  it('is for coordination and direction of the structure only', async () => {
    const p = await person('Mme R.');
    expect((await w.med.get(`/api/personnes/${p.id}/export`)).statusCode).toBe(403);
    expect((await w.med.delete(`/api/personnes/${p.id}`)).statusCode).toBe(403);
    expect((await w.partenaire.get(`/api/personnes/${p.id}/export`)).statusCode).toBe(403);
    expect((await w.other.get(`/api/personnes/${p.id}/export`)).statusCode).toBe(404);
    expect((await w.other.delete(`/api/personnes/${p.id}`)).statusCode).toBe(404);
    expect((await w.coord.get(`/api/personnes/${p.id}/export?format=docx`)).statusCode).toBe(400);
  });
});
