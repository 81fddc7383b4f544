import { describe, expect, it } from 'vitest';
import { open311Client } from '../../../../test/open311';
import { buildSite, useWorld } from '../../../../test/world';
import { buildOpen311Key, buildSignalement } from '../../../factories/signalements.factories';

/**
 * Strict GeoReport clients compare the Content-Type header literally: `.json` answers are exactly
 * `application/json` (RFC 8259 defines no charset parameter), `.xml` answers exactly `text/xml`
 * with the encoding in the XML declaration. Every answer kind, success and error, both formats.
 */
const COROT = { lat: '43.32589', long: '5.40493' };
const EXACT = { json: 'application/json', xml: 'text/xml' } as const;

describe('Open311 Content-Type, compared literally', () => {
  const { t, d: w } = useWorld(async (_, t) => {
    t.clock.now = new Date('2026-07-15T10:00:00Z');
    const { structureId: sid, territoryId: tid } = await buildSite(t.db);
    const apiKey = (await buildOpen311Key(t.db, { structureId: sid, label: 'Appli' })).key;
    const requestId = (
      await buildSignalement(t.db, {
        structureId: sid,
        territoryId: tid,
        latitude: Number(COROT.lat),
        longitude: Number(COROT.long),
        qpvCode: 'QN01342I',
        categorie: 'eclairage',
        observedAt: new Date('2026-07-10T08:00:00Z'),
      })
    ).id;
    return { apiKey, requestId };
  });

  const { get, post } = open311Client(t);

  for (const format of ['json', 'xml'] as const) {
    it(`.${format}: every answer is exactly ${EXACT[format]}, errors included`, async () => {
      const answers = [
        [200, await get(`discovery.${format}`)],
        [200, await get(`services.${format}`)],
        [200, await get(`services/eclairage.${format}`)],
        [200, await get(`requests.${format}`)],
        [200, await get(`requests/${w.requestId}.${format}`)],
        [404, await get(`services/piscine.${format}`)],
        [404, await get(`requests/00000000-0000-4000-8000-000000000000.${format}`)],
        [400, await get(`requests.${format}?start_date=hier`)],
        [201, await post(format, { api_key: w.apiKey, service_code: 'voirie', ...COROT })],
        [403, await post(format, { service_code: 'voirie', ...COROT })],
      ] as const;
      for (const [status, res] of answers) {
        expect(res.statusCode, res.body).toBe(status);
        expect(res.headers['content-type']).toBe(EXACT[format]);
        if (format === 'xml') expect(res.body).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n</);
        else expect(() => JSON.parse(res.body)).not.toThrow();
      }
    });
  }

  it('an unknown Open311 address answers 404 in the spec shape, with the exact Content-Type', async () => {
    const json = await get('nulle-part.json');
    expect(json.statusCode).toBe(404);
    expect(json.headers['content-type']).toBe('application/json');
    expect(json.json()).toEqual([{ code: 404, description: 'Adresse Open311 inconnue.' }]);
    const xml = await t.app.inject({ method: 'GET', url: '/open311/nulle-part.xml?x=1' });
    expect(xml.statusCode).toBe(404);
    expect(xml.headers['content-type']).toBe('text/xml');
    expect(xml.body).toContain('<errors><error><code>404</code>');
    // The rest of the API keeps its own 404.
    const api = await t.app.inject({ method: 'GET', url: '/api/nulle-part' });
    expect(api.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('an unknown format answers in XML, still exactly text/xml', async () => {
    const res = await get('services.csv');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('text/xml');
    expect(res.body).toContain('<errors><error><code>400</code>');
  });
});
