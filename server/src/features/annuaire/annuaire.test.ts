import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { login } from '../../../test/helpers';
import { expectListContract } from '../../../test/liste';
import { signInNew, useWorld } from '../../../test/world';
import { diService, diStructure } from '../../factories/accueil.factories';
import { buildPartenaire, buildStructure, buildUser } from '../../factories/factories';

const require = createRequire(import.meta.url);
const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
// The official files as shipped (schema/README.md); compiled independently of the app's validator.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateStructure = ajv.compile(require('./schema/structure.json'));
const validateService = ajv.compile(require('./schema/service.json'));

const IMPORT = '/api/annuaire/import/data-inclusion';

describe('annuaire (data·inclusion v1)', () => {
  const { t, d: w } = useWorld(async (_, t) => {
    const structureId = (await buildStructure(t.db)).id;
    const emails = {
      admin: (await buildUser(t.db, { structureId, role: 'coordinateur' })).email,
      med: (await buildUser(t.db, { structureId })).email,
    };
    const admin = await login(t.app, emails.admin);
    const med = await login(t.app, emails.med);
    return { admin, med, structureId, emails };
  });

  it('imports valid records, exports arrays that validate against the official schema files, and round-trips', async () => {
    const s = diStructure({
      id: 'rt-1',
      nom: 'Centre social Frais Vallon',
      siret: '12345678901234',
      reseaux_porteurs: ['fcsf'],
    });
    const services = [
      diService('rt-1', {
        id: 'rt-sv-1',
        nom: 'Écrivain public',
        frais: 'gratuit',
        zone_eligibilite: ['13055'],
      }),
      diService('rt-1', {
        id: 'rt-sv-2',
        nom: 'Atelier numérique',
        thematiques: ['numerique--maitriser-les-fondamentaux-du-numerique'],
        type: 'atelier',
      }),
    ];
    const res = await w.admin.post(IMPORT, { structures: [s], services });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      structures: { crees: 1, misesAJour: 0 },
      services: { crees: 2, misesAJour: 0 },
      rejets: [],
      nbRejets: 0,
    });

    const exStructures = (await w.med.get('/api/annuaire/export/data-inclusion/structures')).json();
    const exServices = (await w.med.get('/api/annuaire/export/data-inclusion/services')).json();
    expect(Array.isArray(exStructures) && Array.isArray(exServices)).toBe(true);
    for (const r of exStructures)
      expect(validateStructure(r), JSON.stringify(validateStructure.errors)).toBe(true);
    for (const r of exServices) expect(validateService(r), JSON.stringify(validateService.errors)).toBe(true);
    expect(exStructures.find((r: { id: string }) => r.id === 'rt-1')).toEqual(s);
    expect(exServices.find((r: { id: string }) => r.id === 'rt-sv-1')).toEqual(services[0]);

    // Re-importing the export creates nothing new.
    const again = await w.admin.post(IMPORT, { structures: exStructures, services: exServices });
    expect(again.json().structures.crees).toBe(0);
    expect(again.json().services.crees).toBe(0);
    expect(again.json().rejets).toEqual([]);
  });

  it('rejects wrong types, unknown codes, orphans and duplicates with reasons, and keeps every valid record', async () => {
    const ok = diStructure({ id: 'bad-1' });
    const res = await w.admin.post(IMPORT, {
      structures: [
        ok,
        { ...diStructure({ id: 'bad-2' }), latitude: 'quarante-trois', date_maj: '15/01/2026' },
        diStructure({ id: 'bad-1', nom: 'Même id' }),
        'pas un objet',
      ],
      services: [
        diService('bad-1', { id: 'bad-sv-1', thematiques: ['sport-de-combat'], publics: ['martiens'] }),
        diService('bad-1', { id: 'bad-sv-2', nom: 12 }),
        diService('inconnue', { id: 'bad-sv-3' }),
        diService('bad-1', { id: 'bad-sv-4' }),
        diService('bad-1', { id: 'bad-sv-4' }),
        { source: 'x' },
      ],
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.structures.crees).toBe(1);
    expect(body.services.crees).toBe(1);
    const reasons = (type: string, index: number) =>
      body.rejets.find((r: { type: string; index: number }) => r.type === type && r.index === index)?.raisons;
    expect(reasons('structure', 1)).toEqual(
      expect.arrayContaining([
        { champ: 'latitude', message: 'Type de valeur invalide (attendu : nombre).' },
        { champ: 'date_maj', message: 'Date attendue au format AAAA-MM-JJ.' },
      ]),
    );
    expect(reasons('structure', 2)[0].message).toMatch(/^Doublon/);
    expect(reasons('structure', 3)).toEqual([{ champ: '', message: 'Objet JSON attendu.' }]);
    expect(reasons('service', 0)).toEqual(
      expect.arrayContaining([
        { champ: 'thematiques.0', message: 'Code inconnu de la nomenclature data·inclusion.' },
        { champ: 'publics.0', message: 'Code inconnu de la nomenclature data·inclusion.' },
      ]),
    );
    expect(reasons('service', 1)).toEqual([
      { champ: 'nom', message: 'Type de valeur invalide (attendu : texte).' },
    ]);
    expect(reasons('service', 2)[0].champ).toBe('structure_id');
    expect(reasons('service', 4)[0].message).toMatch(/^Doublon/);
    expect(reasons('service', 5).map((r: { champ: string }) => r.champ)).toEqual(
      expect.arrayContaining(['structure_id', 'id', 'nom', 'description', 'date_maj']),
    );
  });

  it('echoes at most 200 characters of an id and lists at most 1,000 rejections, counting them all', async () => {
    const longId = 'i'.repeat(1024 * 1024);
    const structures = [
      ...Array.from({ length: 3 }, () => diStructure({ id: longId, nom: 12 })),
      ...Array.from({ length: 1500 }, (_, i) => diStructure({ id: `nul-${i}`, nom: 12 })),
    ];
    const res = await w.admin.post(IMPORT, { structures, services: [] });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.nbRejets).toBe(1503);
    expect(body.rejets).toHaveLength(1000);
    expect(body.rejets[0]).toMatchObject({ index: 0, id: `${'i'.repeat(200)}… (1048576 caractères)` });
    expect(body.rejets.at(-1).index).toBe(999);
    expect(res.body.length).toBeLessThan(250_000);
  });

  it('refuses a body that is not {structures, services} with a French 400', async () => {
    const res = await w.admin.post(IMPORT, { structures: 'non', autre: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^Données invalides/);
  });

  it('takes a 5 MB payload in one go, and answers 413 in French above 8 MB', async () => {
    const s = diStructure({ id: 'big' });
    const filler = 'Service d’accompagnement de proximité. '.repeat(40);
    const services = Array.from({ length: 3000 }, (_, i) =>
      diService('big', { id: `big-${i}`, description: filler }),
    );
    const payload = JSON.stringify({ structures: [s], services });
    expect(payload.length).toBeGreaterThan(5_000_000);
    const started = performance.now();
    const res = await w.admin.request({
      method: 'POST',
      url: IMPORT,
      payload,
      headers: { 'content-type': 'application/json' },
    });
    const ms = performance.now() - started;
    expect(res.statusCode).toBe(200);
    expect(res.json().services.crees).toBe(3000);
    expect(ms).toBeLessThan(20_000);
    const huge = JSON.stringify({
      structures: [s],
      services: [...services, ...services].map((x, i) => ({ ...x, id: `h-${i}` })),
    });
    const tooBig = await w.admin.request({
      method: 'POST',
      url: IMPORT,
      payload: huge,
      headers: { 'content-type': 'application/json' },
    });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.message).toBe('La requête est trop volumineuse.');
  });

  it('searches by thématique, public, commune, QPV, text and "ouvert maintenant" with hours in plain French', async () => {
    const sid = (await buildStructure(t.db)).id;
    const coordEmail = (await buildUser(t.db, { structureId: sid, role: 'coordinateur' })).email;
    const coord = await login(t.app, coordEmail);
    const partner = await buildPartenaire(t.db, { structureId: sid, kind: 'ccas', nom: 'CCAS test' });
    await coord.post(IMPORT, {
      structures: [diStructure({ id: 'q' })],
      services: [
        diService('q', {
          id: 'q1',
          nom: 'Permanence logement',
          thematiques: ['logement-hebergement--se-maintenir-dans-le-logement'],
          publics: ['familles'],
          horaires_accueil: 'Mo-Fr 09:00-12:00',
        }),
        diService('q', {
          id: 'q2',
          nom: 'Point numérique',
          thematiques: ['numerique--acceder-a-des-services-en-ligne'],
          publics: ['tous-publics'],
          horaires_accueil: 'Sa 09:00-12:00',
          commune: 'Allauch',
          code_insee: '13002',
        }),
      ],
    });
    const all = (await coord.get('/api/annuaire/services')).json().items;
    const q1 = all.find((s: { sourceId: string }) => s.sourceId === 'q1');
    expect(q1.horairesTexte).toBe('du lundi au vendredi de 9 h à 12 h');
    const link = await coord.patch(`/api/annuaire/services/${q1.id}`, {
      partenaireId: partner.id,
      qpvCodes: ['QN01342I'],
    });
    expect(link.json()).toMatchObject({
      partenaire: { id: partner.id, nom: 'CCAS test' },
      qpvCodes: ['QN01342I'],
    });

    const names = async (qs: string) =>
      ((r) => (r.statusCode === 200 ? r.json().items.map((s: { nom: string }) => s.nom) : r.body))(
        await coord.get(`/api/annuaire/services?${qs}`),
      );
    expect(await names('thematique=logement-hebergement')).toEqual(['Permanence logement']);
    expect(await names('public=jeunes')).toEqual(['Point numérique']);
    expect(await names('public=familles')).toEqual(['Permanence logement', 'Point numérique']);
    expect(await names('commune=allauch')).toEqual(['Point numérique']);
    expect(await names('commune=13002')).toEqual(['Point numérique']);
    expect(await names('qpv=QN01342I')).toEqual(['Permanence logement']);
    expect(await names('q=numérique')).toEqual(['Point numérique']);
    expect(await names(`partenaireId=${partner.id}`)).toEqual(['Permanence logement']);
    await expectListContract(coord, '/api/annuaire/services', { total: all.length, parPage: 1 });
    const openAt = async (iso: string) => {
      t.clock.now = new Date(iso);
      const s = await login(t.app, coordEmail);
      return (await s.get('/api/annuaire/services?ouvertMaintenant=true'))
        .json()
        .items.map((x: { nom: string }) => x.nom);
    };
    // Monday 23 Nov 2026, 10:30 in Paris (09:30 UTC): only the weekday service is open.
    expect(await openAt('2026-11-23T09:30:00Z')).toEqual(['Permanence logement']);
    const monday = await login(t.app, coordEmail);
    const past = (await monday.get('/api/annuaire/services?ouvertMaintenant=true&parPage=1&page=2')).json();
    expect(past).toEqual({ items: [], total: 1, page: 2, parPage: 1 });
    // Saturday 28 Nov 2026, 11:00 in Paris.
    expect(await openAt('2026-11-28T10:00:00Z')).toEqual(['Point numérique']);
    // Friday 25 Dec 2026 (public holiday rule absent: weekday hours apply), 20:00 in Paris: all closed.
    expect(await openAt('2026-12-25T19:00:00Z')).toEqual([]);
    t.clock.now = new Date();
    const fresh = await login(t.app, coordEmail);
    expect((await fresh.get('/api/annuaire/services?thematique=astrologie')).statusCode).toBe(400);
  });

  it('keeps each structure’s directory to itself and lets only coordination import or link', async () => {
    // The clock test above moved time: sign in again.
    w.admin = await login(t.app, w.emails.admin);
    w.med = await login(t.app, w.emails.med);
    const other = await signInNew(t, { role: 'admin' });
    expect((await other.get('/api/annuaire/export/data-inclusion/services')).json()).toEqual([]);
    const listed = await w.med.get('/api/annuaire/services?parPage=1');
    expect(listed.statusCode, listed.body).toBe(200);
    const mine = listed.json().items[0];
    expect((await other.get(`/api/annuaire/services/${mine.id}`)).statusCode).toBe(404);
    expect(
      (await other.patch(`/api/annuaire/services/${mine.id}`, { partenaireId: null, qpvCodes: [] }))
        .statusCode,
    ).toBe(404);
    const foreignPartner = await buildPartenaire(t.db);
    const attach = await w.admin.patch(`/api/annuaire/services/${mine.id}`, {
      partenaireId: foreignPartner.id,
      qpvCodes: [],
    });
    expect(attach.statusCode).toBe(400);
    expect(attach.json().error.details[0].champ).toBe('partenaireId');
    expect((await w.med.post(IMPORT, { structures: [], services: [] })).statusCode).toBe(403);
    const partnerUser = await signInNew(t, { structureId: w.structureId, role: 'partenaire' });
    expect((await partnerUser.get('/api/annuaire/services')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/annuaire/services' })).statusCode).toBe(401);
  });
});
