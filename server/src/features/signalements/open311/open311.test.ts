import { describe, expect, it } from 'vitest';
import { open311Client } from '../../../../test/open311';
import { buildSite, signInNew, useWorld } from '../../../../test/world';
import { buildLieu, buildPartenaire, buildStructure } from '../../../factories/factories';
import {
  buildOpen311Key,
  buildRegleRoutage,
  buildSignalement,
} from '../../../factories/signalements.factories';

/** Conformance with GeoReport v2 (wiki.open311.org/GeoReport_v2), written from the spec. */
const COROT = { lat: 43.32589, long: 5.40493 };
/** COROT on the public 50 m grid: 12 m north, 3 m east of the real point. */
const PUBLIC_COROT = { lat: 43.325997, long: 5.404971 };
/** Metres between two points (equirectangular: exact enough under a kilometre). */
const metres = (a: { lat: number; long: number }, b: { lat: number; long: number }) =>
  Math.hypot((a.lat - b.lat) * 111_320, (a.long - b.long) * 111_320 * Math.cos((a.lat * Math.PI) / 180));
const ISO_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
const REQUEST_FIELDS = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'agency_responsible',
  'service_notice',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'address_id',
  'zipcode',
  'lat',
  'long',
  'media_url',
];

describe('Open311 GeoReport v2', () => {
  const { t, d: w } = useWorld(async (_, t) => {
    t.clock.now = new Date('2026-07-15T10:00:00Z');
    const { structureId: sid, territoryId: tid } = await buildSite(t.db);
    const ville = await buildPartenaire(t.db, { structureId: sid, nom: 'Ville — services techniques' });
    const lieu = await buildLieu(t.db, { structureId: sid, territoryId: tid, nom: 'Square Corot' });
    await buildRegleRoutage(t.db, {
      structureId: sid,
      categorie: 'voirie',
      territoryId: tid,
      partnerId: ville.id,
    });
    const apiKey = (await buildOpen311Key(t.db, { structureId: sid, label: 'Application de la ville' })).key;
    const base = {
      structureId: sid,
      territoryId: tid,
      latitude: COROT.lat,
      longitude: COROT.long,
      qpvCode: 'QN01342I',
    };
    const day = (iso: string) => new Date(iso);
    const visibleId = (
      await buildSignalement(t.db, {
        ...base,
        categorie: 'eclairage',
        partnerId: ville.id,
        placeId: lieu.id,
        description: 'Lampadaire éteint devant le square',
        observedAt: day('2026-07-01T08:00:00Z'),
        historique: [{ statut: 'transmis', at: day('2026-07-01T09:00:00Z') }],
      })
    ).id;
    const internalId = (
      await buildSignalement(t.db, {
        ...base,
        categorie: 'degradation',
        description: 'Mme Durand, 3e étage, signale une porte forcée',
        descriptionInterne: true,
        observedAt: day('2026-07-02T08:00:00Z'),
      })
    ).id;
    const closedId = (
      await buildSignalement(t.db, {
        ...base,
        categorie: 'eclairage',
        partnerId: ville.id,
        observedAt: day('2026-07-03T08:00:00Z'),
        historique: [
          { statut: 'transmis', at: day('2026-07-03T09:00:00Z') },
          { statut: 'resolu', at: day('2026-07-04T09:00:00Z') },
        ],
      })
    ).id;
    const oldId = (
      await buildSignalement(t.db, {
        ...base,
        categorie: 'proprete',
        observedAt: day('2026-01-10T08:00:00Z'),
      })
    ).id;
    return { sid, tid, apiKey, visibleId, internalId, closedId, oldId };
  });
  const { get, post } = open311Client(t);

  it('discovery lists the GeoReport v2 endpoint and its formats, in XML and JSON', async () => {
    const json = await get('discovery.json');
    expect(json.headers['content-type']).toBe('application/json');
    const d = json.json();
    expect(d.endpoints[0]).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      type: 'production',
    });
    expect(d.endpoints[0].formats).toEqual(['text/xml', 'application/json']);
    expect(d.endpoints[0].url).toMatch(/\/open311\/v2$/);
    expect(d.changeset).toMatch(ISO_OFFSET);
    const xml = await get('discovery.xml');
    expect(xml.headers['content-type']).toBe('text/xml');
    expect(xml.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<discovery>/);
    expect(xml.body).toContain(
      '<endpoints><endpoint><specification>http://wiki.open311.org/GeoReport_v2</specification>',
    );
    expect(xml.body).toContain(
      '<formats><format>text/xml</format><format>application/json</format></formats>',
    );
  });

  it('services: every category with the spec fields; services/{code}: its definition; unknown code 404', async () => {
    const list = (await get('services.json')).json();
    expect(list).toHaveLength(13);
    expect(list.find((s: { service_code: string }) => s.service_code === 'eclairage')).toEqual({
      service_code: 'eclairage',
      service_name: 'Éclairage',
      description: 'Signalement : éclairage.',
      metadata: false,
      type: 'realtime',
      keywords: 'eclairage',
      group: 'Gestion urbaine de proximité',
    });
    const xml = (await get('services.xml')).body;
    expect(xml).toContain(
      '<services><service><service_code>proprete</service_code><service_name>Propreté</service_name>',
    );
    expect(xml).toContain('<metadata>false</metadata><type>realtime</type>');
    expect((await get('services/voirie.json')).json()).toEqual({ service_code: 'voirie', attributes: [] });
    expect((await get('services/voirie.xml')).body).toContain(
      '<service_definition><service_code>voirie</service_code><attributes/></service_definition>',
    );
    const missing = await get('services/piscine.json');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual([{ code: 404, description: 'service_code introuvable.' }]);
    const missingXml = await get('services/piscine.xml');
    expect(missingXml.body).toContain(
      '<errors><error><code>404</code><description>service_code introuvable.</description></error></errors>',
    );
  });

  it('GET requests: last 90 days by default, spec fields, string ids, dates with offset, open/closed', async () => {
    const res = await get('requests.json');
    expect(res.statusCode).toBe(200);
    const list = res.json();
    expect(list.map((r: { service_request_id: string }) => r.service_request_id)).toEqual([
      w.closedId,
      w.internalId,
      w.visibleId,
    ]);
    for (const r of list) {
      expect(Object.keys(r)).toEqual(REQUEST_FIELDS);
      expect(typeof r.service_request_id).toBe('string');
      expect(r.requested_datetime).toMatch(ISO_OFFSET);
      expect(r.updated_datetime).toMatch(ISO_OFFSET);
    }
    const visible = list.find((r: { service_request_id: string }) => r.service_request_id === w.visibleId);
    expect(visible).toMatchObject({
      status: 'open',
      service_code: 'eclairage',
      service_name: 'Éclairage',
      description: 'Lampadaire éteint devant le square',
      agency_responsible: 'Ville — services techniques',
      requested_datetime: '2026-07-01T10:00:00+02:00',
      address: 'Square Corot',
      // Anonymous reader: the point snapped to the ~50 m public grid (ADR 015).
      lat: PUBLIC_COROT.lat,
      long: PUBLIC_COROT.long,
    });
    expect(list.find((r: { service_request_id: string }) => r.service_request_id === w.closedId).status).toBe(
      'closed',
    );
    const internal = list.find((r: { service_request_id: string }) => r.service_request_id === w.internalId);
    expect(internal.description).toBeNull();
    expect(res.body).not.toContain('Durand');
    expect(res.body).not.toContain('Camille');

    const xml = (await get('requests.xml')).body;
    expect(xml).toContain(
      `<service_requests><request><service_request_id>${w.closedId}</service_request_id><status>closed</status>`,
    );
    expect(xml).toContain('<agency_responsible>Ville — services techniques</agency_responsible>');
    expect(xml).toContain('<lat>43.325997</lat><long>5.404971</long><media_url/>');
    expect(xml).not.toContain('43.32589<');
    expect(xml).not.toContain('Durand');
  });

  it('GET requests: filters by status, service_code, dates and ids as the spec says', async () => {
    const ids = async (q: string) =>
      (await get(`requests.json?${q}`))
        .json()
        .map((r: { service_request_id: string }) => r.service_request_id);
    expect(await ids('status=open')).toEqual([w.internalId, w.visibleId]);
    expect(await ids('status=closed')).toEqual([w.closedId]);
    expect(await ids('status=open,closed')).toHaveLength(3);
    expect(await ids('service_code=eclairage')).toEqual([w.closedId, w.visibleId]);
    expect(await ids('service_code=eclairage,degradation&status=open')).toEqual([w.internalId, w.visibleId]);
    expect(await ids('start_date=2026-01-01T00:00:00Z&end_date=2026-01-31T00:00:00%2B01:00')).toEqual([
      w.oldId,
    ]);
    expect(await ids('start_date=2026-01-01T00:00:00Z')).toEqual([w.oldId]);
    expect(await ids(`service_request_id=${w.visibleId},${w.oldId}`)).toEqual([w.visibleId, w.oldId]);
    const bad = await get('requests.xml?start_date=01/01/2026');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/<errors><error><code>400<\/code><description>start_date invalide/);
    expect((await get('requests.json?status=pending')).json()[0].code).toBe(400);
  });

  it('GET requests/{id} in both formats; unknown id 404 in the spec shape', async () => {
    const one = (await get(`requests/${w.visibleId}.json`)).json();
    expect(one).toHaveLength(1);
    expect(one[0].service_request_id).toBe(w.visibleId);
    const xml = await get(`requests/${w.visibleId}.xml`);
    expect(xml.body).toContain(
      `<service_requests><request><service_request_id>${w.visibleId}</service_request_id>`,
    );
    const missing = await get('requests/00000000-0000-4000-8000-000000000000.json');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual([{ code: 404, description: 'service_request_id introuvable.' }]);
    expect((await get('requests/abc.xml')).body).toContain('<code>404</code>');
  });

  it('GET publishes coordinates to about 50 m without a key, exact with a key of the jurisdiction', async () => {
    const byId = (list: Array<{ service_request_id: string; lat: number; long: number }>) =>
      list.find((r) => r.service_request_id === w.visibleId)!;
    const anonymous = byId((await get('requests.json')).json());
    expect({ lat: anonymous.lat, long: anonymous.long }).toEqual(PUBLIC_COROT);
    expect(metres(anonymous, COROT)).toBeGreaterThan(5);
    expect(metres(anonymous, COROT)).toBeLessThan(36);
    // A neighbour a few metres away is published at the same node: the grid hides which door.
    const near = await buildSignalement(t.db, {
      structureId: w.sid,
      territoryId: w.tid,
      latitude: 43.32592,
      longitude: 5.40497,
      categorie: 'voirie',
      observedAt: new Date('2026-07-05T08:00:00Z'),
    });
    const nearPublic = (await get(`requests/${near.id}.json`)).json()[0];
    expect({ lat: nearPublic.lat, long: nearPublic.long }).toEqual(PUBLIC_COROT);

    const keyed = byId((await get(`requests.json?api_key=${encodeURIComponent(w.apiKey)}`)).json());
    expect({ lat: keyed.lat, long: keyed.long }).toEqual(COROT);
    const one = (await get(`requests/${w.visibleId}.json?api_key=${encodeURIComponent(w.apiKey)}`)).json()[0];
    expect({ lat: one.lat, long: one.long }).toEqual(COROT);
    const xml = (await get(`requests/${w.visibleId}.xml`)).body;
    expect(xml).toContain('<lat>43.325997</lat><long>5.404971</long>');
    expect((await get(`requests/${w.visibleId}.xml?api_key=${encodeURIComponent(w.apiKey)}`)).body).toContain(
      '<lat>43.32589</lat><long>5.40493</long>',
    );

    const wrong = await get('requests.json?api_key=cle-inventee');
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()[0].description).toMatch(/api_key invalide/);
    expect((await get(`requests.json?api_key=${w.apiKey}&api_key=${w.apiKey}`)).statusCode).toBe(400);
  });

  it('POST requests (form-encoded, api_key): arrives nouveau and routed; answers the id in both formats', async () => {
    const res = await post('json', {
      api_key: w.apiKey,
      service_code: 'voirie',
      lat: String(COROT.lat),
      long: String(COROT.long),
      description: 'Nid-de-poule rue Corot',
      email: 'habitant@example.org',
      first_name: 'Jean',
    });
    expect(res.statusCode).toBe(201);
    const [created] = res.json();
    expect(Object.keys(created)).toEqual(['service_request_id', 'service_notice', 'account_id']);
    expect(typeof created.service_request_id).toBe('string');
    const coord = await signInNew(t, { structureId: w.sid, role: 'coordinateur' });
    const s = (await coord.get(`/api/signalements/${created.service_request_id}`)).json();
    expect(s).toMatchObject({
      statut: 'nouveau',
      categorie: 'voirie',
      routage: 'regle_territoire',
      qpvCode: 'QN01342I',
    });
    expect(s.historique[0]).toMatchObject({
      statut: 'nouveau',
      via: 'open311',
      par: 'Open311 (Application de la ville)',
    });
    expect(JSON.stringify(s)).not.toContain('habitant@example.org');
    const xml = await post('xml', {
      api_key: w.apiKey,
      service_code: 'proprete',
      lat: String(COROT.lat),
      long: String(COROT.long),
    });
    expect(xml.statusCode).toBe(201);
    expect(xml.body).toMatch(
      /<service_requests><request><service_request_id>[0-9a-f-]{36}<\/service_request_id><service_notice>.+<\/service_notice><account_id\/><\/request><\/service_requests>/,
    );
  });

  it('POST errors: 403 without or with a wrong api_key, 400 for a missing or unknown service_code or location', async () => {
    const where = { lat: String(COROT.lat), long: String(COROT.long) };
    const noKey = await post('json', { service_code: 'voirie', ...where });
    expect(noKey.statusCode).toBe(403);
    expect(noKey.json()[0]).toMatchObject({ code: 403 });
    const wrong = await post('xml', { api_key: 'nope', service_code: 'voirie', ...where });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.body).toContain('<errors><error><code>403</code>');
    expect((await post('json', { api_key: w.apiKey, ...where })).json()[0]).toMatchObject({
      code: 400,
      description: 'service_code manquant.',
    });
    expect((await post('json', { api_key: w.apiKey, service_code: 'piscine', ...where })).statusCode).toBe(
      400,
    );
    expect(
      (await post('json', { api_key: w.apiKey, service_code: 'voirie', address_string: '1 rue Corot' }))
        .statusCode,
    ).toBe(400);
    const outside = await post('json', {
      api_key: w.apiKey,
      service_code: 'voirie',
      lat: '43.2951',
      long: '5.3743',
    });
    expect(outside.json()[0]).toMatchObject({ code: 400 });
  });

  it('with several publishing structures, jurisdiction_id selects one; unknown is 404, missing is 400', async () => {
    const other = (await buildStructure(t.db)).id;
    await buildOpen311Key(t.db, { structureId: other });
    const missing = await get('requests.json');
    expect(missing.statusCode).toBe(400);
    expect(missing.json()[0].description).toMatch(/jurisdiction_id/);
    expect((await get(`requests.json?jurisdiction_id=${other}`)).json()).toEqual([]);
    expect((await get(`requests.json?jurisdiction_id=${w.sid}`)).json()).toHaveLength(6);
    expect((await get('requests.json?jurisdiction_id=ville-inconnue')).statusCode).toBe(404);
    const post403 = await post('json', {
      api_key: w.apiKey,
      jurisdiction_id: other,
      service_code: 'voirie',
      lat: '43.32589',
      long: '5.40493',
    });
    expect(post403.statusCode).toBe(403);
    expect((await get('requests.yaml')).statusCode).toBe(400);
  });

  it('admins create, list and revoke keys; a revoked key is refused', async () => {
    const admin = await signInNew(t, { structureId: w.sid, role: 'admin' });
    const med = await signInNew(t, { structureId: w.sid });
    expect((await med.get('/api/open311/cles')).statusCode).toBe(403);
    const created = (await admin.post('/api/open311/cles', { libelle: 'Appli tierce' })).json();
    expect(created.cle).toMatch(/^o311_/);
    const list = (await admin.get('/api/open311/cles')).json();
    expect(list.some((k: { id: string; cle?: string }) => k.id === created.id && k.cle === undefined)).toBe(
      true,
    );
    const where = { jurisdiction_id: w.sid, service_code: 'voirie', lat: '43.32589', long: '5.40493' };
    expect((await post('json', { api_key: created.cle, ...where })).statusCode).toBe(201);
    expect((await admin.delete(`/api/open311/cles/${created.id}`)).statusCode).toBe(204);
    expect((await post('json', { api_key: created.cle, ...where })).statusCode).toBe(403);
  });
});
