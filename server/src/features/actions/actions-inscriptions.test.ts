/**
 * Named registration to a collective action (issue 14, part 2): only files with a consent in
 * force, once whatever the retries, each change and each reading of the list audited, never across
 * structures; the attendance sheet is a PDF with the pseudonyms and no signature column.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { champsOf, login } from '../../../test/helpers';
import { useWorld } from '../../../test/world';
import { auditLog } from '../../db/schema';
import { buildPersonne } from '../../factories/accueil.factories';
import { buildStructure, buildUser } from '../../factories/factories';
import { buildMainCouranteStructure } from '../main-courante/main-courante.factories';

describe('actions: named registration and the attendance sheet', () => {
  const { t, d: s, coord } = useWorld(buildMainCouranteStructure, ['coord']);

  async function action() {
    const id = randomUUID();
    const res = await coord.post('/api/actions', {
      id,
      type: 'atelier_numerique',
      titre: 'Atelier CAF en ligne',
      debut: '2027-03-10T14:00:00+01:00',
      fin: '2027-03-10T16:00:00+01:00',
      territoireId: s.malpasse.id,
      participantsAttendus: 12,
    });
    expect(res.statusCode, res.body).toBe(201);
    return id;
  }
  const audits = (id: string, action: string) =>
    t.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityId, id),
          eq(auditLog.action, action),
          eq(auditLog.entityType, 'action_inscription'),
        ),
      );

  it('registers a consenting file once, refuses one without consent, audits, and prints the sheet', async () => {
    const id = await action();
    const base = { structureId: s.structureId, territoryId: s.malpasse.id };
    const lina = await buildPersonne(t.db, {
      ...base,
      pseudonyme: 'Lina M.',
      identite: { nom: 'Mansouri' },
      consent: { partagePartenaires: false },
    });
    const sans = await buildPersonne(t.db, { ...base, pseudonyme: 'Sans accord' });
    const url = `/api/actions/${id}/inscriptions`;

    const refused = await coord.post(url, { personneId: sans.id });
    expect(refused.statusCode).toBe(400);
    expect(champsOf(refused)).toEqual(['personneId']);
    for (let i = 0; i < 2; i += 1) {
      const res = await coord.post(url, { personneId: lina.id });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual([{ personneId: lina.id, pseudonyme: 'Lina M.' }]);
    }
    expect(await audits(id, 'create')).toHaveLength(1);
    expect((await coord.get(url)).json()).toEqual([{ personneId: lina.id, pseudonyme: 'Lina M.' }]);
    expect(await audits(id, 'read')).toHaveLength(1);

    const pdf = await coord.get(`/api/actions/${id}/feuille-emargement`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // The sheet names the pseudonym only (never the identity) and asks no signature.
    expect(await audits(id, 'read')).toHaveLength(2);

    const gone = await coord.request({ method: 'DELETE', url: `${url}/${lina.id}` });
    expect(gone.statusCode).toBe(200);
    expect(gone.json()).toEqual([]);
    expect(await audits(id, 'delete')).toHaveLength(1);
  });

  it('keeps another structure out of the list, the registration and the sheet', async () => {
    const id = await action();
    const ailleurs = await buildStructure(t.db);
    const other = await login(
      t.app,
      (await buildUser(t.db, { structureId: ailleurs.id, role: 'coordinateur' })).email,
    );
    const sienne = await buildPersonne(t.db, {
      structureId: ailleurs.id,
      consent: { partagePartenaires: false },
    });
    expect((await other.get(`/api/actions/${id}/inscriptions`)).statusCode).toBe(404);
    expect((await other.post(`/api/actions/${id}/inscriptions`, { personneId: sienne.id })).statusCode).toBe(
      404,
    );
    expect((await other.get(`/api/actions/${id}/feuille-emargement`)).statusCode).toBe(404);
    // Nor may this structure register another structure's file.
    const refused = await coord.post(`/api/actions/${id}/inscriptions`, { personneId: sienne.id });
    expect(champsOf(refused)).toEqual(['personneId']);
  });
});
