import { beforeAll, describe, expect, it } from 'vitest';
import { signInNew, useWorld } from '../../../test/world';
import { buildTerritoire, buildUser } from '../../factories/factories';
import { buildMainCouranteStructure, HEADER, postCsv } from './main-courante.factories';
import { activites } from './main-courante.table';

type Rejet = { ligne: number; colonne: string | null; message: string };

describe('CSV import: bad files are refused line by line, in French', () => {
  const { t, d: s, coord } = useWorld(buildMainCouranteStructure, ['coord']);
  let ok: (o?: Partial<Record<string, string>>) => string;
  beforeAll(async () => {
    ok = (o = {}) => {
      const row: Record<string, string> = {
        date: '2025-09-12',
        heure_debut: '18:00',
        heure_fin: '20:00',
        cadre: 'tournee',
        qpv: 'QN01342I',
        lieu: '',
        mediateurs: s.med1.email,
        nature: 'ecoute',
        nb_personnes: '1',
        public: 'adulte',
        genre: 'femme',
        commentaire: '',
        ...o,
      };
      return HEADER.split(';')
        .map((c) => row[c])
        .join(';');
    };
  });

  /** Imports atomically and answers the faults; asserts nothing was written. */
  async function rejets(csv: string | Buffer): Promise<Rejet[]> {
    const res = await postCsv(coord, csv);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.details.activites).toBe(0);
    expect(await t.db.select().from(activites)).toEqual([]);
    return res.json().error.details.rejets;
  }
  const file = (...rows: string[]) => [HEADER, ...rows].join('\n');

  it('a wrong separator', async () => {
    expect(await rejets(file(ok()).replaceAll(';', '\t'))).toEqual([
      {
        ligne: 1,
        colonne: null,
        message: 'Séparateur non reconnu : les colonnes doivent être séparées par « ; » ou « , ».',
      },
    ]);
    const mixed = await rejets(file(ok(), ok().replaceAll(';', ',')));
    expect(mixed).toEqual([
      {
        ligne: 3,
        colonne: null,
        message: expect.stringMatching(/Nombre de colonnes incorrect : 1 au lieu de 12/),
      },
    ]);
  });

  it('unknown, repeated or missing columns, refused by name; an empty file', async () => {
    const r = await rejets(
      `date;heure_debut;heure_fin;cadre;qpv;mediateurs;nature;Nom de la personne;cadre\n`,
    );
    expect(r.map((x) => [x.colonne, x.message.slice(0, 20)])).toEqual([
      ['Nom de la personne', 'Colonne inconnue « N'],
      ['cadre', 'Colonne en double.'],
      ['nb_personnes', 'Colonne obligatoire '],
    ]);
    expect(await rejets('')).toEqual([
      { ligne: 1, colonne: null, message: 'Fichier vide : la ligne d’en-tête est obligatoire.' },
    ]);
  });

  it('bad dates and times', async () => {
    const r = await rejets(
      file(
        ok({ date: '2025-02-30' }),
        ok({ date: '31/13/2025' }),
        ok({ date: 'hier' }),
        ok({ heure_debut: '25:00', heure_fin: '8h' }),
      ),
    );
    expect(r.map((x) => [x.ligne, x.colonne])).toEqual([
      [2, 'date'],
      [3, 'date'],
      [4, 'date'],
      [5, 'heure_debut'],
      [5, 'heure_fin'],
    ]);
    expect(r[0]!.message).toBe('Date invalide : attendu AAAA-MM-JJ ou JJ/MM/AAAA.');
    expect(r[3]!.message).toBe('Heure invalide : attendu HH:MM.');
  });

  it('an end before the start (beyond a night), or equal to it', async () => {
    const r = await rejets(
      file(ok({ heure_debut: '18:00', heure_fin: '14:00' }), ok({ heure_fin: '18:00' })),
    );
    expect(r).toEqual([
      {
        ligne: 2,
        colonne: 'heure_fin',
        message:
          'La fin (14:00) précède le début (18:00) : une fin après minuit n’est admise que 12 h au plus après le début.',
      },
      { ligne: 3, colonne: 'heure_fin', message: 'L’heure de fin est égale à l’heure de début.' },
    ]);
  });

  it('unknown codes, counts and an overlong comment', async () => {
    const r = await rejets(
      file(
        ok({ cadre: 'ronde', nature: 'bavardage' }),
        ok({ public: 'ado', genre: 'x', nb_personnes: '0' }),
        ok({ nb_personnes: 'deux', commentaire: 'x'.repeat(501) }),
      ),
    );
    expect(r.map((x) => [x.ligne, x.colonne])).toEqual([
      [2, 'cadre'],
      [2, 'nature'],
      [3, 'nb_personnes'],
      [3, 'public'],
      [3, 'genre'],
      [4, 'nb_personnes'],
      [4, 'commentaire'],
    ]);
    expect(r[0]!.message).toBe(
      'Cadre inconnu : codes admis tournee, permanence, evenement, transport, autre.',
    );
  });

  it('an unknown or foreign-structure mediator, or an account that cannot be present, all said alike', async () => {
    const foreign = await buildUser(t.db, {});
    const director = await buildUser(t.db, { structureId: s.structureId, role: 'direction' });
    const r = await rejets(
      file(
        ok({ mediateurs: 'inconnu@example.org' }),
        ok({ mediateurs: `${s.med1.email}|${foreign.email}` }),
        ok({ mediateurs: director.email }),
        ok({ mediateurs: ' | ' }),
      ),
    );
    expect(r.map((x) => [x.ligne, x.colonne])).toEqual([
      [2, 'mediateurs'],
      [3, 'mediateurs'],
      [4, 'mediateurs'],
      [5, 'mediateurs'],
    ]);
    expect(new Set(r.slice(0, 3).map((x) => x.message.replace(/n° \d/, 'n° ?'))).size).toBe(1);
    expect(JSON.stringify(r)).not.toContain(foreign.email);
  });

  it('a QPV outside the structure’s territory, or outside the importer’s', async () => {
    await buildTerritoire(t.db, { qpvCode: 'QN00103M' });
    const r = await rejets(file(ok({ qpv: 'QN00103M' }), ok({ qpv: 'QN99999Z' })));
    expect(r).toEqual([
      { ligne: 2, colonne: 'qpv', message: 'QPV absent des territoires de votre structure.' },
      { ligne: 3, colonne: 'qpv', message: 'QPV absent des territoires de votre structure.' },
    ]);
    const limited = await signInNew(t, {
      structureId: s.structureId,
      role: 'coordinateur',
      territoryIds: [s.fraisVallon.id],
    });
    const res = await postCsv(limited, file(ok()));
    expect(res.json().error.details.rejets[0]).toEqual({
      ligne: 2,
      colonne: 'qpv',
      message: 'QPV hors des territoires sur lesquels vous travaillez.',
    });
  });

  it('a file that is not UTF-8, or with a quote never closed', async () => {
    const latin1 = Buffer.from(file(ok({ commentaire: 'Très calme' })), 'latin1');
    expect(await rejets(latin1)).toEqual([
      { ligne: 2, colonne: null, message: expect.stringMatching(/n’est pas encodé en UTF-8 \(ligne 2\)/) },
    ]);
    expect(await rejets(file(ok(), ok({ commentaire: '"oups' })))).toEqual([
      { ligne: 3, colonne: null, message: 'Guillemet ouvert jamais refermé.' },
    ]);
  });

  it('lists every faulty line of a large file, numbered as in the spreadsheet', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => (i % 100 === 99 ? ok({ nature: 'x' }) : ok()));
    const r = await rejets(file(...rows));
    expect(r.map((x) => x.ligne)).toEqual([101, 201, 301, 401, 501]);
  });

  it('echoes at most 200 characters of a value and lists at most 1,000 faults, counting them all', async () => {
    // A 10 MB one-line file once answered a 20 MB error body (the line echoed twice).
    const oneLine = await postCsv(coord, `date;${'x'.repeat(10 * 1024 * 1024)}`);
    expect(oneLine.statusCode).toBe(422);
    expect(oneLine.body.length).toBeLessThan(4000);
    const [unknown] = oneLine.json().error.details.rejets as Rejet[];
    expect(oneLine.json().error.details.nbRejets).toBe(8);
    expect(unknown!.colonne).toBe(`${'x'.repeat(200)}… (10485760 caractères)`);
    expect(unknown!.message).toMatch(/^Colonne inconnue « x{200}… \(10485760 caractères\) »/);

    const wide = await postCsv(coord, Array.from({ length: 5000 }, (_, i) => `c${i}`).join(';'));
    expect(wide.statusCode).toBe(422);
    const details = wide.json().error.details;
    expect(details.nbRejets).toBe(5000 + 8);
    expect(details.rejets).toHaveLength(1000);
    expect(wide.body.length).toBeLessThan(400_000);
    expect(await t.db.select().from(activites)).toEqual([]);
  });

  it('refuses a file over 50 MB with 413', async () => {
    const row = `${ok()}\n`;
    const big = `${HEADER}\n${row.repeat(Math.ceil((51 * 1024 * 1024) / row.length))}`;
    const res = await postCsv(coord, big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toBe('Fichier trop volumineux : 50 Mo au plus.');
  });
});
