import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { login, type Session } from '../../../test/helpers';
import { signInNew, useWorld } from '../../../test/world';
import { auditLog, rapportTextes } from '../../db/schema';
import { buildMainCouranteStructure } from '../main-courante/main-courante.factories';

const URL = '/api/rapports/textes';
const Q = 'du=2026-01-01&au=2026-12-31';
const put = (s: Session, payload: unknown) =>
  s.request({ method: 'PUT', url: URL, payload: payload as object });
const periode = { du: '2026-01-01', au: '2026-12-31' };

describe('/api/rapports/textes', () => {
  const { t, d: s } = useWorld(buildMainCouranteStructure);
  let coord: Session;
  let med: Session;
  let lecteur: Session;
  let partner: Session;
  let direction: Session;
  let otherCoord: Session;
  beforeAll(async () => {
    const other = await buildMainCouranteStructure(t.db);
    coord = await login(t.app, s.coord.email);
    med = await login(t.app, s.med1.email);
    lecteur = await signInNew(t, { structureId: s.structureId, role: 'lecteur' });
    partner = await signInNew(t, { structureId: s.structureId, role: 'partenaire' });
    direction = await signInNew(t, { structureId: s.structureId, role: 'direction' });
    otherCoord = await login(t.app, other.coord.email);
  });

  it('401 without a session, for reading and writing', async () => {
    expect((await t.app.inject({ method: 'GET', url: `${URL}?${Q}` })).statusCode).toBe(401);
    const res = await t.app.inject({ method: 'PUT', url: URL, payload: { ...periode, sections: {} } });
    expect(res.statusCode).toBe(401);
  });

  it('400 with French field errors: dates, unknown section, too long a text', async () => {
    const q = await coord.get(`${URL}?du=2026-13-01&au=2026-01-01`);
    expect(q.statusCode).toBe(400);
    expect(q.json().error.details).toContainEqual({
      champ: 'du',
      message: 'Date attendue au format AAAA-MM-JJ.',
    });
    const reversed = await coord.get(`${URL}?du=2026-02-01&au=2026-01-01`);
    expect(reversed.json().error.details).toContainEqual({
      champ: 'au',
      message: 'La date de fin précède la date de début.',
    });
    const unknown = await put(coord, { ...periode, sections: { bilan_financier: 'x' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toContainEqual({
      champ: 'sections',
      message: 'Section inconnue : bilan_financier.',
    });
    const long = await put(coord, { ...periode, sections: { perspectives: 'a'.repeat(4001) } });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.details).toContainEqual({
      champ: 'sections.perspectives',
      message: 'Au plus 4\u00a0000 caractères pour cette section.',
    });
    const notText = await put(coord, { ...periode, sections: { introduction: 12 } });
    expect(notText.json().error.details).toContainEqual({
      champ: 'sections.introduction',
      message: 'Texte attendu.',
    });
    expect((await put(coord, { du: '2026-01-01' })).json().error.details).toContainEqual({
      champ: 'au',
      message: 'Champ obligatoire.',
    });
    // Nothing but the period and the sections: another structure's id is not a way in.
    const extra = await put(coord, { ...periode, sections: {}, structureId: crypto.randomUUID() });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.message).toContain('structureId');
    const an0 = await coord.get('/api/rapports/textes?du=0000-01-01&au=0000-12-31');
    expect(an0.statusCode).toBe(400);
    expect(an0.json().error.details).toContainEqual({
      champ: 'du',
      message: 'Date hors des années 1900 à 2199.',
    });
  });

  it('403: a partner neither reads nor writes; a mediator and a reader read but do not write', async () => {
    expect((await partner.get(`${URL}?${Q}`)).statusCode).toBe(403);
    expect((await put(partner, { ...periode, sections: { introduction: 'x' } })).statusCode).toBe(403);
    for (const who of [med, lecteur]) {
      expect((await who.get(`${URL}?${Q}`)).statusCode).toBe(200);
      const res = await put(who, { ...periode, sections: { introduction: 'x' } });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toBe('Vous n’avez pas le droit de faire cela.');
    }
  });

  it('saves the prose as written (line breaks, markup as text), twice into one row, with an audit row', async () => {
    const first = 'Une année dense.\r\n\r\nDeux <b>tournées</b> par jour & des permanences.\u0000  ';
    const res = await put(coord, {
      ...periode,
      sections: { faits_marquants: first, introduction: 'Bonjour' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().sections).toEqual({
      introduction: 'Bonjour',
      faits_marquants: 'Une année dense.\n\nDeux <b>tournées</b> par jour & des permanences.',
    });
    const second = await put(direction, { ...periode, sections: { faits_marquants: 'Version 2\nligne 2' } });
    expect(second.statusCode).toBe(200);
    // A section not named stays; a mediator reads what was saved.
    expect((await med.get(`${URL}?${Q}`)).json()).toMatchObject({
      ...periode,
      sections: { introduction: 'Bonjour', faits_marquants: 'Version 2\nligne 2' },
    });
    const rows = await t.db
      .select()
      .from(rapportTextes)
      .where(and(eq(rapportTextes.structureId, s.structureId), eq(rapportTextes.section, 'faits_marquants')));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.contenu).toBe('Version 2\nligne 2');
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'rapport_textes'), eq(auditLog.structureId, s.structureId)));
    expect(audits.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audits[1]!.entityId).toBe('2026-01-01/2026-12-31');
    expect(audits[1]!.diff).toEqual({
      faits_marquants: {
        avant: 'Une année dense.\n\nDeux <b>tournées</b> par jour & des permanences.',
        apres: 'Version 2\nligne 2',
      },
    });
  });

  it('an empty text removes its section; the same text again writes nothing', async () => {
    const before = await t.db.select().from(auditLog).where(eq(auditLog.entityType, 'rapport_textes'));
    const res = await put(coord, {
      ...periode,
      sections: { introduction: '  \n ', faits_marquants: 'Version 2\nligne 2' },
    });
    expect(res.json().sections).toEqual({ faits_marquants: 'Version 2\nligne 2' });
    const again = await put(coord, {
      ...periode,
      sections: { introduction: '', faits_marquants: 'Version 2\nligne 2' },
    });
    expect(again.statusCode).toBe(200);
    const after = await t.db.select().from(auditLog).where(eq(auditLog.entityType, 'rapport_textes'));
    expect(after.length).toBe(before.length + 1);
  });

  it('another structure never sees the texts, and writes its own for the same period', async () => {
    const empty = (await otherCoord.get(`${URL}?${Q}`)).json();
    expect(empty).toEqual({ ...periode, sections: {}, updatedAt: null });
    await put(otherCoord, { ...periode, sections: { faits_marquants: 'Chez nous' } });
    expect((await coord.get(`${URL}?${Q}`)).json().sections.faits_marquants).toBe('Version 2\nligne 2');
    // Another period of the same structure is a separate bilan.
    expect((await coord.get(`${URL}?du=2026-01-01&au=2026-06-30`)).json().sections).toEqual({});
  });

  it('concurrent saves of one period all succeed and leave one row per section', async () => {
    const p = { du: '2025-01-01', au: '2025-12-31' };
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        put(i % 2 ? coord : direction, {
          ...p,
          sections: { partenariats: `Version ${i}`, perspectives: i % 3 ? `P${i}` : '' },
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(12).fill(200));
    const rows = await t.db
      .select()
      .from(rapportTextes)
      .where(and(eq(rapportTextes.structureId, s.structureId), eq(rapportTextes.du, p.du)));
    expect(rows.filter((r) => r.section === 'partenariats')).toHaveLength(1);
    expect(rows.filter((r) => r.section === 'perspectives').length).toBeLessThanOrEqual(1);
  });
});
