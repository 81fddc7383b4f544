import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { login } from '../../../test/helpers';
import { parseIcalIn as parseIn } from '../../../test/ical';
import { buildSite, useWorld } from '../../../test/world';
import { buildUser } from '../../factories/factories';

/** Issue 13, part 5: calendar feeds (RFC 5545), the same instants in every time zone. */
describe('planning calendar feeds', () => {
  const { t, d: w } = useWorld(async (_, t) => {
    const { structureId: sid, territoryId: qpv } = await buildSite(t.db);
    const medId = (
      await buildUser(t.db, { structureId: sid, email: 'med@flux.test', prenom: 'Karim', nom: 'Benali' })
    ).id;
    const lea = await buildUser(t.db, {
      structureId: sid,
      email: 'lea@flux.test',
      prenom: 'Léa',
      nom: 'Martin',
    });
    await buildUser(t.db, { structureId: sid, role: 'coordinateur', email: 'coord@flux.test' });
    const coord = await login(t.app, 'coord@flux.test');
    const med = await login(t.app, 'med@flux.test');
    // Evenings across both clock changes of 2027, and a cancelled one.
    const shifts = [
      ['2027-03-27T22:00:00+01:00', '2027-03-28T03:00:00+02:00'], // 4 h real: the night loses an hour
      ['2027-10-30T22:00:00+02:00', '2027-10-31T03:00:00+01:00'], // 6 h real: the night gains one
      ['2027-07-14T17:00:00+02:00', '2027-07-14T21:00:00+02:00'],
    ];
    for (const [debut, fin] of shifts) {
      const res = await coord.post('/api/planning/creneaux', {
        id: randomUUID(),
        type: 'tournee',
        debut,
        fin,
        mediateurIds: [medId, lea.id],
        territoireId: qpv,
        note: 'M. Dupont, bât. B : ne pas écrire son nom',
      });
      expect(res.statusCode).toBe(201);
    }
    return { coord, med, medId, qpv };
  });

  const icsOf = async (url: string) => {
    const res = await t.app.inject({ method: 'GET', url: new URL(url).pathname });
    return res;
  };

  it('gives each person a secret address needing no cookie; the team feed to coordination only', async () => {
    const mine = (await w.med.get('/api/planning/flux')).json();
    expect(mine.personnel).toMatch(/^http:\/\/.+\/api\/planning\/flux\/[A-Za-z0-9_-]{32}\.ics$/);
    expect(mine.equipe).toBeNull();
    expect((await w.med.get('/api/planning/flux')).json()).toEqual(mine); // stable
    const coordFeeds = (await w.coord.get('/api/planning/flux')).json();
    expect(coordFeeds.equipe).toMatch(/\.ics$/);
    const res = await icsOf(mine.personnel);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(res.body).toContain('DTSTART;TZID=Europe/Paris:20270327T220000');
    expect(res.body).toContain('BEGIN:VTIMEZONE');
    // No resident data: never the shift's note.
    expect(res.body).not.toMatch(/Dupont/);
    expect((await icsOf(coordFeeds.equipe)).body).toContain('Karim Benali');
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/planning/flux/AAAAAAAAAAAAAAAAAAAAAAAA.ics',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('gives the same instants parsed under TZ=UTC and TZ=Europe/Paris, across both DST changes of 2027', async () => {
    const ics = (await icsOf((await w.med.get('/api/planning/flux')).json().personnel)).body;
    const utc = parseIn('UTC', ics);
    const paris = parseIn('Europe/Paris', ics);
    expect(paris).toEqual(utc);
    expect(utc.map((e) => [e.start, e.end])).toEqual([
      ['2027-03-27T21:00:00.000Z', '2027-03-28T01:00:00.000Z'],
      ['2027-07-14T15:00:00.000Z', '2027-07-14T19:00:00.000Z'],
      ['2027-10-30T20:00:00.000Z', '2027-10-31T02:00:00.000Z'],
    ]);
  });

  it('keeps a stable UID, raises SEQUENCE on change, keeps a cancelled shift as CANCELLED', async () => {
    const url = (await w.med.get('/api/planning/flux')).json().personnel;
    const before = parseIn('UTC', (await icsOf(url)).body);
    const july = before.find((e) => e.start.startsWith('2027-07-14'))!;
    const id = july.uid.replace('@trame', '');
    await w.coord.patch(`/api/planning/creneaux/${id}`, { fin: '2027-07-14T22:00:00+02:00' });
    await w.coord.delete(`/api/planning/creneaux/${id}`);
    const after = parseIn('UTC', (await icsOf(url)).body).find((e) => e.uid === july.uid)!;
    expect(after).toMatchObject({ seq: 2, status: 'CANCELLED', end: '2027-07-14T20:00:00.000Z' });
    expect(before.find((e) => e.uid === july.uid)).toMatchObject({ seq: 0, status: 'CONFIRMED' });
  });

  it('regenerating the address kills the old one', async () => {
    const old = (await w.med.get('/api/planning/flux')).json().personnel;
    const fresh = (await w.med.post('/api/planning/flux/regenerer')).json().personnel;
    expect(fresh).not.toBe(old);
    expect((await icsOf(old)).statusCode).toBe(404);
    expect((await icsOf(fresh)).statusCode).toBe(200);
  });
});
