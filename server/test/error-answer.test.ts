import { describe, expect, it } from 'vitest';
import { badErrorAnswer } from './error-answer';

const json = 'application/json; charset=utf-8';

describe('the fuzz test’s check of a 4xx answer', () => {
  it('accepts the French JSON error and the Open311 errors', () => {
    const fr = JSON.stringify({
      error: { code: 'validation', message: 'Données invalides — nom : Champ obligatoire.' },
    });
    expect(badErrorAnswer('/api/partenaires', 400, json, fr)).toBeNull();
    const o311 = JSON.stringify([{ code: 400, description: 'Format inconnu : utilisez .xml ou .json.' }]);
    expect(badErrorAnswer('/open311/v2/services.json', 400, json, o311)).toBeNull();
    const xml =
      '<errors><error><code>400</code><description>Requête invalide.</description></error></errors>';
    expect(badErrorAnswer('/open311/v2/services.x', 400, 'text/xml', xml)).toBeNull();
    const api = JSON.stringify({ error: { code: 'requete_invalide', message: 'Adresse invalide.' } });
    expect(badErrorAnswer('/open311/v2/services.%', 400, json, api)).toBeNull();
  });

  it('refuses Fastify’s, Ajv’s and zod’s English, other shapes, and non-JSON', () => {
    const fastify = JSON.stringify({
      error: 'Bad Request',
      code: 'FST_ERR_BAD_URL',
      message: "'/api/%' is not a valid url component",
    });
    expect(badErrorAnswer('/api/%', 400, json, fastify)).toMatch(/without error.code/);
    for (const message of [
      'body/nom must be string',
      'Invalid input: expected string, received number',
      'Required',
    ])
      expect(
        badErrorAnswer('/api/x', 400, json, JSON.stringify({ error: { code: 'validation', message } })),
      ).toMatch(/not French/);
    expect(badErrorAnswer('/api/x', 400, 'text/html', '<h1>Bad Request</h1>')).toMatch(/not JSON/);
    expect(badErrorAnswer('/api/x', 400, json, '{')).toMatch(/not valid JSON/);
  });
});
