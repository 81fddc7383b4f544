import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../../test/helpers';
import { useWorld } from '../../../test/world';
import { auditLog, places } from '../../db/schema';
import { buildMainCouranteStructure, HEADER, postCsv } from './main-courante.factories';
import { activites, contacts } from './main-courante.table';

describe('CSV import', () => {
  const { t, d: s, coord } = useWorld(buildMainCouranteStructure, ['coord']);
  let file: string;
  beforeAll(async () => {
    const both = `${s.med1.email}|${s.med2.email.toUpperCase()}`;
    file = `\uFEFF${HEADER}\r\n${[
      `2025-06-20;21:00;01:30;tournee;QN01342I;square corot;${both};lien_social;3;jeune;homme;`,
      `2025-06-20;21:00;01:30;tournee;QN01342I;Square Corot;${s.med2.email}|${s.med1.email};rappel_regle;5;jeune;homme;Musique forte`,
      `2025-06-20;21:00;01:30;tournee;QN01342I;square corot;${both};ecoute;1;senior;femme;`,
      `28/03/2026;22:00;04:00;tournee;qn01344m;Parvis de la Tour K;${s.med1.email};veille;1;;;`,
      `28/03/2026;22:00;04:00;tournee;QN01344M;Parvis de la Tour K;${s.med1.email};information;2;adulte;femme;"Horaires; CAF"`,
    ].join('\r\n')}\r\n`;
  });

  const activityCount = async () => (await t.db.select().from(activites)).length;

  it('previews a file without writing anything (dry run)', async () => {
    const res = await postCsv(coord, file, '?dryRun=true');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ mode: 'atomic', dryRun: true, activites: 2, contacts: 5, rejets: [] });
    expect(res.json().lieuxCrees).toEqual(['Parvis de la Tour K']);
    expect(await activityCount()).toBe(0);
    expect(await t.db.select().from(places).where(eq(places.nom, 'Parvis de la Tour K'))).toEqual([]);
  });

  it('imports activities and contacts: BOM, case-insensitive places and e-mails, nights after midnight', async () => {
    const res = await postCsv(coord, file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      mode: 'atomic',
      dryRun: false,
      lignes: 5,
      activites: 2,
      contacts: 5,
      lieuxCrees: ['Parvis de la Tour K'],
      nbLieuxCrees: 1,
      rejets: [],
      nbRejets: 0,
      dejaImportees: 0,
    });
    const list = (await coord.get('/api/activites?du=2025-06-20&au=2026-03-28')).json();
    const [dst, summer] = list.items;
    expect(summer).toMatchObject({
      debut: '2025-06-20T19:00:00.000Z',
      fin: '2025-06-20T23:30:00.000Z',
      creneau: 'soiree',
      dureeMinutes: 270,
      lieu: { id: s.lieu.id, nom: 'Square Corot' },
      secteur: { id: s.secteur.id },
      nbContacts: 3,
      nbPersonnes: 9,
      source: 'import',
    });
    expect(summer.mediateurs).toHaveLength(2);
    // 22:00 CET to 04:00 CEST on the night of the spring change: 5 hours.
    expect(dst).toMatchObject({ creneau: 'week_end', dureeMinutes: 300, nbContacts: 2 });
    const detail = (await coord.get(`/api/activites/${dst.id}`)).json();
    expect(
      detail.contacts.map((c: { public: string; commentaire: string | null }) => [c.public, c.commentaire]),
    ).toEqual(
      expect.arrayContaining([
        ['inconnu', null],
        ['adulte', 'Horaires; CAF'],
      ]),
    );
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'import_main_courante'), eq(auditLog.structureId, s.structureId)));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.diff).toMatchObject({ activites: 2, contacts: 5, lieuxCrees: 1 });
    // The import supplies the report copies itself (migration 0015): they match their activity.
    const stale = await t.db.execute(sql`
      select count(*)::int as n from activites a
      join contacts c on c.activite_id = a.id
      join activite_mediateurs m on m.activite_id = a.id
      where c.activite_debut is distinct from a.debut or c.activite_territory_id is distinct from a.territory_id
        or c.activite_place_id is distinct from a.place_id or m.activite_debut is distinct from a.debut
        or m.structure_id is distinct from a.structure_id or m.activite_duree_minutes is distinct from a.duree_minutes
        or m.activite_place_id is distinct from a.place_id or m.activite_territory_id is distinct from a.territory_id`);
    expect((stale as unknown as { rows: Array<{ n: number }> }).rows[0]!.n).toBe(0);
    const copied = await t.db.execute(
      sql`select count(*)::int as n from contacts where activite_debut is not null`,
    );
    expect((copied as unknown as { rows: Array<{ n: number }> }).rows[0]!.n).toBe(5);
  });

  it('creates nothing when the same file is imported again', async () => {
    const res = await postCsv(coord, file, '?mode=partial');
    expect(res.json()).toMatchObject({ activites: 0, contacts: 0, dejaImportees: 2, lieuxCrees: [] });
    expect(await activityCount()).toBe(2);
    expect((await t.db.select().from(contacts)).length).toBe(5);
  });

  it('reads `,` files, DD/MM/YYYY dates, free column order, RFC 4180 quoting and trailing separators', async () => {
    const csv = [
      'Commentaire,Nature,nb_personnes,mediateurs,qpv,cadre,heure_fin,heure_debut,date,',
      `"Dit ""merci"", puis est reparti",information,1,${s.med1.email},QN01342I,permanence,12:00,09:30,03/02/2026,`,
      `"Sur deux
lignes",orientation,2,${s.med1.email},QN01342I,permanence,12:00,09:30,03/02/2026,`,
    ].join('\n');
    const res = await postCsv(coord, csv);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ activites: 1, contacts: 2, lignes: 2 });
    const [a] = (await coord.get('/api/activites?du=2026-02-03&au=2026-02-03')).json().items;
    const detail = (await coord.get(`/api/activites/${a.id}`)).json();
    expect(detail).toMatchObject({ cadre: 'permanence', creneau: 'jour', dureeMinutes: 150, lieu: null });
    expect(detail.contacts.map((c: { commentaire: string }) => c.commentaire).sort()).toEqual([
      'Dit "merci", puis est reparti',
      'Sur deux\nlignes',
    ]);
  });

  it('keeps identical rows as distinct contacts, and still creates nothing on a second import', async () => {
    const row = `2026-02-10;14:00;16:00;tournee;QN01342I;;${s.med1.email};lien_social;1;enfant;femme;`;
    const csv = [HEADER, row, row, row].join('\n');
    expect((await postCsv(coord, csv)).json()).toMatchObject({ activites: 1, contacts: 3 });
    expect((await postCsv(coord, csv)).json()).toMatchObject({ activites: 0, contacts: 0, dejaImportees: 1 });
    expect((await postCsv(coord, [HEADER, row, row, row, row].join('\n'))).json()).toMatchObject({
      contacts: 1,
    });
  });

  it('atomic: one faulty line and nothing is written (422 with every fault); partial keeps the valid activities', async () => {
    const good = `2026-01-15;10:00;12:00;permanence;QN01342I;;${s.med2.email};information;1;adulte;homme;`;
    const sibling = `2026-01-16;10:00;12:00;permanence;QN01342I;;${s.med2.email};information;1;adulte;homme;`;
    const faulty = `2026-01-16;10:00;12:00;permanence;QN01342I;;${s.med2.email};bavardage;0;adulte;homme;`;
    const csv = [HEADER, good, sibling, faulty].join('\n');
    const atomic = await postCsv(coord, csv);
    expect(atomic.statusCode).toBe(422);
    expect(atomic.json().error).toMatchObject({
      code: 'import_refuse',
      message: expect.stringMatching(/rien n’a été enregistré/),
    });
    expect(atomic.json().error.details).toMatchObject({ activites: 0, contacts: 0, nbRejets: 2 });
    expect(
      atomic.json().error.details.rejets.map((r: { ligne: number; colonne: string }) => [r.ligne, r.colonne]),
    ).toEqual([
      [4, 'nature'],
      [4, 'nb_personnes'],
    ]);
    expect((await coord.get('/api/activites?du=2026-01-15&au=2026-01-16')).json().total).toBe(0);

    const partial = await postCsv(coord, csv, '?mode=partial');
    expect(partial.statusCode).toBe(200);
    expect(partial.json()).toMatchObject({ mode: 'partial', activites: 1, contacts: 1, nbRejets: 3 });
    expect(partial.json().rejets).toContainEqual({
      ligne: 3,
      colonne: null,
      message: 'Ligne valide écartée : une autre ligne de la même activité est en erreur.',
    });
    expect((await coord.get('/api/activites?du=2026-01-15&au=2026-01-16')).json().total).toBe(1);
  });

  it('is for coordination only, and wants a text/csv body', async () => {
    const med = await login(t.app, s.med1.email);
    expect((await postCsv(med, file)).statusCode).toBe(403);
    const json = await coord.post('/api/activites/import', { csv: 'x' });
    expect(json.statusCode).toBe(415);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/activites/import',
      headers: { 'content-type': 'text/csv' },
      payload: file,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('streams a 10 MB file', async () => {
    const note = 'Échanges avec les habitant·es du square, rappel des horaires du centre social. '.repeat(5);
    const rows: string[] = [HEADER];
    let size = HEADER.length;
    for (let i = 0; size < 10 * 1024 * 1024; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const hour = String(8 + (i % 10)).padStart(2, '0');
      const row = `2024-02-${day};${hour}:00;${hour}:45;tournee;QN01342I;;${s.med1.email};ecoute;1;adulte;femme;${note}${i}`;
      rows.push(row);
      size += Buffer.byteLength(row) + 1;
    }
    const started = performance.now();
    const res = await postCsv(coord, rows.join('\n'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      lignes: rows.length - 1,
      contacts: rows.length - 1,
      activites: 140,
      nbRejets: 0,
    });
    expect(performance.now() - started).toBeLessThan(25_000);
  });
});
