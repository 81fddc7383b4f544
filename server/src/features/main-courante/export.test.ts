import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { login, type Session } from '../../../test/helpers';
import { useWorld } from '../../../test/world';
import { auditLog } from '../../db/schema';
import { activiteBody, buildMainCouranteStructure, HEADER, postCsv } from './main-courante.factories';

describe('CSV export', () => {
  const { t, d: a, coordA } = useWorld(buildMainCouranteStructure, { coordA: (a) => a.coord.email });
  let exported: string;
  beforeAll(async () => {
    const med = await login(t.app, a.med1.email);
    const contact = (nature: string, nbPersonnes: number, o: Record<string, unknown> = {}) => ({
      id: randomUUID(),
      nature,
      nbPersonnes,
      public: 'jeune',
      genre: 'homme',
      ...o,
    });
    const activities = [
      activiteBody({
        territoireId: a.malpasse.id,
        mediateurIds: [a.med1.id, a.med2.id],
        lieuId: a.lieu.id,
        debut: '2026-07-14T21:00:00+02:00',
        fin: '2026-07-15T01:30:00+02:00',
        contacts: [
          contact('rappel_regle', 4, { commentaire: '=HYPERLINK("http://evil.example","clic")' }),
          contact('lien_social', 2, { commentaire: '+33 6 00 00 00 00' }),
          contact('ecoute', 1, { commentaire: '-RAS; "calme"', public: 'senior', genre: 'femme' }),
          contact('sensibilisation', 3, { commentaire: '@SUM(A1:A9)' }),
        ],
      }),
      activiteBody({
        territoireId: a.fraisVallon.id,
        mediateurIds: [a.med1.id],
        cadre: 'permanence',
        debut: '2026-03-28T22:00:00+01:00',
        fin: '2026-03-29T04:00:00+02:00',
        contacts: [contact('orientation', 1), contact('orientation', 1), contact('veille', 2)],
      }),
      activiteBody({
        territoireId: a.malpasse.id,
        mediateurIds: [a.med2.id],
        cadre: 'transport',
        debut: '2026-02-03T08:15:00+01:00',
        fin: '2026-02-03T10:00:00+01:00',
        contacts: [contact('information', 5, { commentaire: 'Ligne 1\nLigne 2' })],
      }),
    ];
    for (const b of activities) expect((await med.post('/api/activites', b)).statusCode).toBe(201);
    // In progress: no end, so not exported.
    await med.post(
      '/api/activites',
      activiteBody({ territoireId: a.malpasse.id, mediateurIds: [a.med1.id], fin: undefined }),
    );
    const res = await coordA.get('/api/activites/export.csv?du=2026-01-01&au=2026-12-31');
    expect(res.statusCode).toBe(200);
    exported = res.body;
  });

  it('writes the import format: BOM, `;`, CRLF, one line per contact, Paris dates and times', async () => {
    expect(exported.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    const lines = exported.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1 + 8); // header and 8 contacts; the quoted LF inside a comment is no line end
    const emails = [a.med1.email, a.med2.email].sort().join('|');
    expect(lines).toContain(
      `2026-07-14;21:00;01:30;tournee;QN01342I;Square Corot;${emails};lien_social;2;jeune;homme;'+33 6 00 00 00 00`,
    );
    expect(exported).toContain(
      `2026-03-28;22:00;04:00;permanence;QN01344M;;${a.med1.email};veille;2;jeune;homme;\r\n`,
    );
    expect(exported).toContain(';information;5;jeune;homme;"Ligne 1\nLigne 2"\r\n');
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    expect(exported).toContain(
      `;rappel_regle;4;jeune;homme;"'=HYPERLINK(""http://evil.example"",""clic"")"\r\n`,
    );
    expect(exported).toContain(`;ecoute;1;senior;femme;"'-RAS; ""calme"""\r\n`);
    expect(exported).toContain(`;sensibilisation;3;jeune;homme;'@SUM(A1:A9)\r\n`);
    for (const line of exported.split('\r\n')) expect(line).not.toMatch(/(^|;)[=+\-@]/);
  });

  it('is for coordination, filtered by Paris days, and logged', async () => {
    const med = await login(t.app, a.med1.email);
    expect((await med.get('/api/activites/export.csv')).statusCode).toBe(403);
    const march = (await coordA.get('/api/activites/export.csv?du=2026-03-28&au=2026-03-28')).body;
    expect(march.split('\r\n').filter(Boolean)).toHaveLength(4);
    const res = await coordA.get('/api/activites/export.csv');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="main-courante.csv"');
    const logged = await t.db.select().from(auditLog).where(eq(auditLog.entityType, 'export_main_courante'));
    expect(logged.map((l) => [l.action, l.actorUserId])).toContainEqual(['read', a.coord.id]);
  });

  it('round-trips: export, import into an empty structure, same figures and the same file back', async () => {
    const b = await buildMainCouranteStructure(t.db);
    const coordB = await login(t.app, b.coord.email);
    // E-mails are unique across Trame: the other structure's team has its own addresses.
    const mapping: Array<[string, string]> = [
      [a.med1.email, b.med1.email],
      [a.med2.email, b.med2.email],
    ];
    const swap = (text: string, pairs: Array<[string, string]>) =>
      pairs.reduce((acc, [from, to]) => acc.replaceAll(from, `\u0000${to}`), text).replaceAll('\u0000', '');
    const imported = await postCsv(coordB, swap(exported, mapping));
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ activites: 3, contacts: 8, nbRejets: 0, lieuxCrees: [] });

    const figures = async (s: Session) => {
      const list = (await s.get('/api/activites?du=2026-01-01&au=2026-12-31&statut=a_revoir')).json();
      const perItem = list.items
        .map((i: Record<string, unknown>) => [
          i.debut,
          i.fin,
          i.cadre,
          i.creneau,
          i.dureeMinutes,
          i.nbContacts,
          i.nbPersonnes,
        ])
        .sort();
      return { totaux: list.totaux, perItem };
    };
    expect(await figures(coordB)).toEqual(await figures(coordA));

    const back = (await coordB.get('/api/activites/export.csv?du=2026-01-01&au=2026-12-31')).body;
    const sorted = (text: string) => text.split('\r\n').sort();
    // Mediators are written in e-mail order, which the swap may invert.
    const pairA = [a.med1.email, a.med2.email].sort();
    const swappedBack = swap(
      back,
      mapping.map(([x, y]) => [y, x]),
    ).replaceAll([...pairA].reverse().join('|'), pairA.join('|'));
    expect(sorted(swappedBack)).toEqual(sorted(exported));
    expect((await postCsv(coordB, back)).json()).toMatchObject({
      activites: 0,
      contacts: 0,
      dejaImportees: 3,
    });
  });
});
