/**
 * The input rule (domain/zod-fr.ts) on the 42 inputs that answered 500 to the hostile probe: each
 * now gets a French 4xx and writes nothing, or, for a free text, is stored without the forbidden
 * characters. Identifiers and codes are refused, never changed.
 */
import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { CARACTERES_INTERDITS } from '../../../domain/zod-fr';
import { login } from '../../test/helpers';
import { signInNew, useWorld } from '../../test/world';
import {
  activites,
  annuaireStructures,
  auditLog,
  consentements,
  contacts,
  diagnostics,
  open311Keys,
  places,
  sectors,
  signalements,
  situationLinks,
} from '../db/schema';
import { buildPersonne, diStructure } from '../factories/accueil.factories';
import { buildStructure, buildTerritoire, buildUser } from '../factories/factories';
import { buildOpen311Key } from '../factories/signalements.factories';
import { buildSituation } from '../factories/situations.factories';
import {
  buildMainCouranteStructure,
  HEADER,
  postCsv,
} from '../features/main-courante/main-courante.factories';

type Table = PgTable;
const LONE = '\ud800x';
const NUL = 'a\u0000x';
const COROT = { lat: 43.32589, long: 5.40493 };

/** A refusal as every client reads it: 4xx, `{ error: { code, message } }`, the message in French. */
function expectRefused(res: LightMyRequestResponse, status = 400) {
  expect(res.statusCode, res.body).toBe(status);
  const { error } = res.json();
  expect(error.code).toEqual(expect.any(String));
  expect(error.message).toMatch(/^(Données invalides|Requête invalide|Adresse invalide)/);
  return error as { code: string; message: string; details?: Array<{ champ: string; message: string }> };
}

describe('input rule: the hostile probe’s 500s', () => {
  const { t, d: w } = useWorld(async (_, t) => {
    const structureId = (await buildStructure(t.db)).id;
    const structureIdOf = structureId;
    const tid = (await buildTerritoire(t.db, { structureId, qpvCode: 'QN01342I' })).id;
    const coord = await signInNew(t, { structureId, role: 'coordinateur' });
    const admin = await signInNew(t, { structureId, role: 'admin' });
    const med = await signInNew(t, { structureId, territoryIds: [tid] });
    const personneId = (await buildPersonne(t.db, { structureId, territoryId: tid })).id;
    const apiKey = (await buildOpen311Key(t.db, { structureId })).key;
    return { coord, admin, med, tid, personneId, apiKey, structureIdOf };
  });
  const rows = async (table: Table) => (await t.db.select({ n: count() }).from(table))[0]!.n;
  const audits = async () => rows(auditLog);

  /** Free text: the exact probe input is stored cleaned; a text of forbidden characters only is missing. */
  async function freeText(
    send: (value: string) => Promise<LightMyRequestResponse>,
    table: Table,
    field: string,
    read: (res: LightMyRequestResponse) => string,
  ) {
    for (const [input, stored] of [
      [LONE, 'x'],
      [NUL, 'ax'],
    ] as const) {
      const res = await send(input);
      expect(res.statusCode, `${JSON.stringify(input)}: ${res.body}`).toBe(201);
      expect(read(res)).toBe(stored);
    }
    const before = [await rows(table), await audits()];
    for (const input of ['\ud800', '\u0000', '\udfff\u0000 ']) {
      const error = expectRefused(await send(input));
      expect(error.details).toEqual([{ champ: field, message: 'Champ obligatoire.' }]);
    }
    expect([await rows(table), await audits()]).toEqual(before);
  }

  it('sector names', async () => {
    await freeText(
      (nom) => w.coord.post(`/api/territoires/${w.tid}/secteurs`, { nom }),
      sectors,
      'nom',
      (res) => res.json().nom,
    );
  });

  it('a diagnostic’s title', async () => {
    const body = { territoireId: w.tid, date: '2026-05-12', nbHabitants: 3, partenaireIds: [] };
    await freeText(
      (titre) => w.med.post('/api/signalements/diagnostics', { ...body, id: randomUUID(), titre }),
      diagnostics,
      'titre',
      (res) => res.json().titre,
    );
  });

  it('an Open311 key label', async () => {
    await freeText(
      (libelle) => w.admin.post('/api/open311/cles', { libelle }),
      open311Keys,
      'libelle',
      (res) => res.json().libelle,
    );
  });

  it('a consent purpose', async () => {
    const body = { date: '2026-11-20', mode: 'oral', partagePartenaires: false };
    await freeText(
      (finalite) => w.med.post(`/api/personnes/${w.personneId}/consentements`, { ...body, finalite }),
      consentements,
      'finalite',
      (res) => res.json().finalite,
    );
  });

  it('a situation link’s target id is an identifier: refused, not changed', async () => {
    const medId = (await buildUser(t.db, { structureId: w.structureIdOf, territoryIds: [w.tid] })).id;
    const situation = await buildSituation(t.db, {
      structureId: w.structureIdOf,
      territoryId: w.tid,
      mediatorIds: [medId],
    });
    const before = [await rows(situationLinks), await audits()];
    for (const cibleId of [LONE, NUL]) {
      const error = expectRefused(
        await w.coord.post(`/api/situations/${situation.id}/liens`, { kind: 'contact', cibleId }),
      );
      expect(error.details).toEqual([{ champ: 'cibleId', message: CARACTERES_INTERDITS }]);
    }
    expect([await rows(situationLinks), await audits()]).toEqual(before);
  });

  it('NUL in the searches of partners, users, the journal and the directory', async () => {
    for (const url of [
      '/api/partenaires?q=%00',
      '/api/utilisateurs?q=%00',
      '/api/annuaire/services?q=%00',
      '/api/annuaire/services?commune=%00',
      '/api/referentiel/qpv?q=%00',
    ]) {
      const res = await w.admin.get(url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    }
    // The journal filters on a code: refused, not changed.
    const error = expectRefused(await w.admin.get('/api/journal?entityType=%00secteur'));
    expect(error.details).toEqual([{ champ: 'entityType', message: CARACTERES_INTERDITS }]);
  });

  it('year 0 in the journal’s dates', async () => {
    for (const q of ['du=0000-01-01', 'au=0000-12-31', 'du=9999-01-01']) {
      const error = expectRefused(await w.admin.get(`/api/journal?${q}`));
      expect(error.details).toEqual([{ champ: q.slice(0, 2), message: 'Date hors des années 1900 à 2199.' }]);
    }
  });

  it('the directory import: lone surrogates and NUL, a 1 MB id', async () => {
    const post = (structures: unknown[]) =>
      w.coord.post('/api/annuaire/import/data-inclusion', { structures });
    const kept = await post([diStructure({ id: 'propre-1', nom: `Centre ${LONE}${NUL}` })]);
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json()).toMatchObject({ structures: { crees: 1 }, rejets: [] });
    const [row] = await t.db
      .select({ nom: annuaireStructures.nom, record: annuaireStructures.record })
      .from(annuaireStructures)
      .where(eq(annuaireStructures.sourceId, 'propre-1'));
    expect(row).toMatchObject({ nom: 'Centre xax', record: { nom: 'Centre xax' } });

    const before = await rows(annuaireStructures);
    const huge = 'i'.repeat(1024 * 1024);
    const refused = await post([
      diStructure({ id: LONE }),
      diStructure({ id: NUL }),
      diStructure({ id: huge }),
      diStructure({ source: `src${NUL}` }),
    ]);
    expect(refused.statusCode).toBe(200);
    // The report echoes no 1 MB id and no forbidden character.
    expect(refused.body.length).toBeLessThan(5_000);
    expect(refused.json()).toMatchObject({
      structures: { crees: 0, misesAJour: 0 },
      rejets: [
        { index: 0, id: 'x', raisons: [{ champ: 'id', message: CARACTERES_INTERDITS }] },
        { index: 1, id: 'ax', raisons: [{ champ: 'id', message: CARACTERES_INTERDITS }] },
        {
          index: 2,
          id: `${'i'.repeat(200)}… (1048576 caractères)`,
          raisons: [{ champ: 'id', message: 'Au plus 200 caractères.' }],
        },
        { index: 3, raisons: [{ champ: 'source', message: CARACTERES_INTERDITS }] },
      ],
    });
    expect(await rows(annuaireStructures)).toBe(before);
  });

  it('the public Open311 POST: api_key as a list, a description that is not a text', async () => {
    const post = (body: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: body });
    const base = { api_key: w.apiKey, service_code: 'voirie', lat: COROT.lat, long: COROT.long };
    const before = [await rows(signalements), await audits()];
    for (const [body, description] of [
      [{ ...base, api_key: ['x'] }, 'api_key invalide : Type de valeur invalide.'],
      [{ ...base, description: 12 }, 'description invalide : Type de valeur invalide.'],
      [{ ...base, description: { a: 1 } }, 'description invalide : Type de valeur invalide.'],
      [{ ...base, service_code: `voirie${NUL}` }, `service_code invalide : ${CARACTERES_INTERDITS}`],
    ] as const) {
      const res = await post(body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toEqual([{ code: 400, description }]);
    }
    expect([await rows(signalements), await audits()]).toEqual(before);
    // Form-encoded, the description is a free text: cleaned.
    const form = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `api_key=${w.apiKey}&service_code=voirie&lat=${COROT.lat}&long=${COROT.long}&description=Trou%00%20rue%07`,
    });
    expect(form.statusCode, form.body).toBe(201);
    const [s] = await t.db
      .select({ description: signalements.description })
      .from(signalements)
      .where(eq(signalements.id, form.json()[0].service_request_id));
    expect(s!.description).toBe('Trou rue');
    const year0 = await t.app.inject({
      method: 'GET',
      url: '/open311/v2/requests.json?start_date=0000-01-01T00:00:00Z',
    });
    expect(year0.statusCode).toBe(400);
    expect(year0.json()[0].description).toBe('start_date invalide : Date hors des années 1900 à 2199.');
  });

  it('the main courante CSV: comment and place are free text, cleaned', async () => {
    const mc = await buildMainCouranteStructure(t.db);
    const session = await login(t.app, mc.coord.email);
    const line = `2025-09-12;18:00;20:00;tournee;QN01342I;Dalle\u0000 B;${mc.med1.email};ecoute;1;adulte;femme;Vu\u0000 au\u0007 pied`;
    const res = await postCsv(session, `${HEADER}\n${line}\n`);
    expect(res.statusCode, res.body).toBe(200);
    const [c] = await t.db
      .select({ commentaire: contacts.commentaire, lieu: places.nom })
      .from(contacts)
      .innerJoin(activites, eq(activites.id, contacts.activiteId))
      .innerJoin(places, eq(places.id, activites.placeId))
      .where(eq(activites.structureId, mc.structureId));
    expect(c).toEqual({ commentaire: 'Vu au pied', lieu: 'Dalle B' });
  });

  it('GET /api/% answers the French JSON error', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/%' });
    const error = expectRefused(res);
    expect(error).toEqual({
      code: 'requete_invalide',
      message: 'Adresse invalide : encodage incorrect (caractère % mal formé ?).',
    });
  });
});
