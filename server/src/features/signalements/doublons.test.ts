import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signInNew, useWorld } from '../../../test/world';
import { auditLog } from '../../db/schema';
import { buildStructure, buildTerritoire } from '../../factories/factories';
import { buildSignalement } from '../../factories/signalements.factories';

const COROT = { latitude: 43.32589, longitude: 5.40493 };
const NEAR = { latitude: COROT.latitude + 0.0002, longitude: COROT.longitude }; // ~22 m north

/** Issue 11 part 2: a duplicate is marked by the number people see, or picked among the nearby. */
describe('signalements: duplicates by the visible number', () => {
  const { t, d: w } = useWorld(async (_, t) => {
    const sid = (await buildStructure(t.db)).id;
    await buildTerritoire(t.db, { structureId: sid, qpvCode: 'QN01342I' });
    const med = await signInNew(t, { structureId: sid });
    const coord = await signInNew(t, { structureId: sid, role: 'coordinateur' });
    return { sid, coord, med };
  });
  const capture = async (where = COROT) =>
    (await w.med.post('/api/signalements', { id: randomUUID(), categorie: 'encombrants', ...where })).json()
      .signalement as { id: string; numero: number };
  const markDup = (id: string, body: Record<string, unknown>) =>
    w.coord.post(`/api/signalements/${id}/statut`, { statut: 'doublon', ...body });

  it('accepts « n° 395 », "395" and 395, and stores the original’s id', async () => {
    for (const form of [(n: number) => `n° ${n}`, (n: number) => ` ${n} `, (n: number) => n]) {
      const a = await capture();
      const b = await capture(NEAR);
      const res = await markDup(b.id, { doublonDeNumero: form(a.numero) });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ statut: 'doublon', doublonDeId: a.id });
    }
  });

  it('writes the original’s id in the audit row of the change', async () => {
    const a = await capture();
    const b = await capture(NEAR);
    await markDup(b.id, { doublonDeNumero: `n° ${a.numero}` });
    const rows = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, b.id), eq(auditLog.action, 'update')));
    expect(JSON.stringify(rows)).toContain(a.id);
  });

  it('a wrong number gets a French message naming the field, never an identifier error', async () => {
    const b = await capture(NEAR);
    const cases: Array<[unknown, RegExp]> = [
      [999_999, /Numéro du signalement d’origine : aucun signalement n° 999999/],
      ['n° 12a', /Numéro du signalement d’origine : écrivez le numéro affiché/],
      ['trois cent', /Numéro du signalement d’origine : écrivez le numéro affiché/],
      [b.numero, /c’est ce signalement-ci/],
      [null, /Numéro du signalement d’origine : choisissez un signalement proche ou écrivez son numéro/],
    ];
    for (const [doublonDeNumero, message] of cases) {
      const res = await markDup(b.id, { doublonDeNumero });
      expect(res.statusCode, String(doublonDeNumero)).toBe(400);
      const { error } = res.json();
      expect(error.message).toMatch(message);
      expect(error.message).not.toMatch(/uuid|identifiant|doublonDeId/i);
      expect(error.details[0].champ).toBe('doublonDeNumero');
    }
    const stillOpen = (await w.coord.get(`/api/signalements/${b.id}`)).json();
    expect(stillOpen.statut).toBe('nouveau');
  });

  it('the number of another structure’s signalement is unknown here, like a wrong one', async () => {
    const other = await buildStructure(t.db);
    const otherTid = (await buildTerritoire(t.db, { structureId: other.id, qpvCode: 'QN01342I' })).id;
    const foreign = await buildSignalement(t.db, {
      structureId: other.id,
      territoryId: otherTid,
      categorie: 'encombrants',
      ...COROT,
    });
    const b = await capture(NEAR);
    const res = await markDup(b.id, { doublonDeNumero: `n° ${foreign.numero}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      `Numéro du signalement d’origine : aucun signalement n° ${foreign.numero} parmi ceux que vous voyez.`,
    );
  });

  it('the candidates: open ones within 50 m of the same category, without the signalement itself', async () => {
    const a = await capture();
    const b = await capture(NEAR);
    const q = `/api/signalements/doublons?categorie=encombrants&latitude=${NEAR.latitude}&longitude=${NEAR.longitude}&exclure=${b.id}`;
    const list = (await w.coord.get(q)).json() as Array<{ id: string; numero: number; distanceM: number }>;
    expect(list.map((d) => d.id)).toContain(a.id);
    expect(list.map((d) => d.id)).not.toContain(b.id);
    expect(list.find((d) => d.id === a.id)).toMatchObject({ numero: a.numero });
    const picked = await markDup(b.id, { doublonDeId: a.id, commentaire: 'Même canapé.' });
    expect(picked.json()).toMatchObject({ statut: 'doublon', doublonDeId: a.id });
    // The history names the original by its visible number.
    expect(picked.json().historique.at(-1).commentaire).toBe(`Doublon du n° ${a.numero}. Même canapé.`);
    const bad = await markDup((await capture(NEAR)).id, { doublonDeId: 'pas-un-id' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/Signalement d’origine : choisissez-le dans la liste/);
  });
});
