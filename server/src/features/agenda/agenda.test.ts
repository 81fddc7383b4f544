import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login } from '../../../test/helpers';
import { parseIcalIn } from '../../../test/ical';
import { useWorld } from '../../../test/world';
import { auditLog } from '../../db/schema';
import {
  buildLieu,
  buildPartenaire,
  buildStructure,
  buildTerritoire,
  buildUser,
} from '../../factories/factories';

/** Issue 14, part 5: the public agenda, its iCalendar feed and the structure's slug. */
describe('public agenda', () => {
  const { t, d: w } = useWorld(async (db, t) => {
    t.clock.now = new Date('2027-03-15T10:00:00Z');
    const s = await buildStructure(db, { nom: 'Médiation Nord — Quartiers' });
    const qpv = await buildTerritoire(db, { structureId: s.id });
    const lieu = await buildLieu(db, {
      structureId: s.id,
      territoryId: qpv.id,
      nom: 'Maison de quartier',
      kind: 'equipement',
    });
    const centre = await buildPartenaire(db, { structureId: s.id, nom: 'Centre social Busserine' });
    const karim = await buildUser(db, {
      structureId: s.id,
      prenom: 'Karim',
      nom: 'Benali',
      email: 'karim.benali@agenda.test',
    });
    await buildUser(db, { structureId: s.id, role: 'coordinateur', email: 'coord@agenda.test' });
    const other = await buildStructure(db, { nom: 'Autre structure' });
    const otherQpv = await buildTerritoire(db, { structureId: other.id });
    await buildUser(db, { structureId: other.id, role: 'coordinateur', email: 'autre@agenda.test' });
    const coord = await login(t.app, 'coord@agenda.test');
    const autre = await login(t.app, 'autre@agenda.test');
    const action = async (
      session: typeof coord,
      titre: string,
      debut: string,
      fin: string,
      extra: object = {},
    ) => {
      const body = {
        id: randomUUID(),
        type: 'atelier',
        titre,
        debut,
        fin,
        territoireId: qpv.id,
        lieuId: lieu.id,
        mediateurIds: [karim.id],
        partenaireIds: [centre.id],
        public: true,
        objectif: 'Réparer ensemble les petits appareils du quartier.',
        publicCible: 'Familles de la résidence',
        ...extra,
      };
      const res = await session.post('/api/actions', body);
      expect(res.statusCode, res.body).toBe(201);
      return body.id;
    };
    // Both sides of the spring clock change (28/03/2027), 14 h–16 h in Paris each time.
    const hiver = await action(
      coord,
      'Repair café',
      '2027-03-20T14:00:00+01:00',
      '2027-03-20T16:00:00+01:00',
    );
    const ete = await action(
      coord,
      'Jardin partagé',
      '2027-04-03T14:00:00+02:00',
      '2027-04-03T16:00:00+02:00',
    );
    await action(coord, 'Réunion d’équipe', '2027-03-22T09:00:00+01:00', '2027-03-22T10:00:00+01:00', {
      public: false,
    });
    const annulee = await action(
      coord,
      'Fête annulée',
      '2027-03-25T18:00:00+01:00',
      '2027-03-25T20:00:00+01:00',
    );
    expect((await coord.delete(`/api/actions/${annulee}`)).statusCode).toBe(204);
    await action(coord, 'Trop ancienne', '2027-03-01T14:00:00+01:00', '2027-03-01T16:00:00+01:00');
    await action(coord, 'Trop lointaine', '2027-10-20T14:00:00+02:00', '2027-10-20T16:00:00+02:00');
    await action(autre, 'Atelier d’ailleurs', '2027-03-21T14:00:00+01:00', '2027-03-21T16:00:00+01:00', {
      territoireId: otherQpv.id,
      lieuId: null,
      mediateurIds: [],
      partenaireIds: [],
    });
    return { slug: s.slug, otherSlug: other.slug, hiver, ete, coord };
  });
  const anonymous = (url: string) => t.app.inject({ method: 'GET', url });

  it('makes the slug from the name and answers it in GET /api/structure', async () => {
    expect(w.slug).toBe('mediation-nord-quartiers');
    expect((await w.coord.get('/api/structure')).json().slug).toBe('mediation-nord-quartiers');
  });

  it('lists only public, not cancelled actions of the structure, in the window, without a session', async () => {
    const res = await anonymous(`/api/public/${w.slug}/agenda`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      structure: 'Médiation Nord — Quartiers',
      slug: w.slug,
      du: '2027-03-08',
      au: '2027-09-14',
      ical: `http://localhost:80/api/public/${w.slug}/agenda.ics`,
    });
    expect(body.actions.map((a: { titre: string }) => a.titre)).toEqual(['Repair café', 'Jardin partagé']);
    expect(body.actions[0]).toEqual({
      id: w.hiver,
      type: 'atelier',
      titre: 'Repair café',
      debut: '2027-03-20T14:00:00+01:00',
      fin: '2027-03-20T16:00:00+01:00',
      lieu: 'Maison de quartier',
      quartier: expect.any(String),
      partenaires: ['Centre social Busserine'],
      texte: 'Réparer ensemble les petits appareils du quartier.',
    });
  });

  it('leaks no personal data: no mediator, e-mail, target public, count or evaluation', async () => {
    const json = (await anonymous(`/api/public/${w.slug}/agenda`)).body;
    const ics = (await anonymous(`/api/public/${w.slug}/agenda.ics`)).body;
    for (const text of [json, ics]) {
      for (const leak of ['Karim', 'Benali', 'agenda.test', 'Familles de la résidence', 'mediateur']) {
        expect(text).not.toContain(leak);
      }
    }
    const keys = Object.keys(JSON.parse(json).actions[1]).sort();
    expect(keys).toEqual(['debut', 'fin', 'id', 'lieu', 'partenaires', 'quartier', 'texte', 'titre', 'type']);
  });

  it('answers 404 in French for an unknown slug, and another structure’s agenda holds only its own', async () => {
    const res = await anonymous('/api/public/inconnue/agenda');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('Agenda introuvable.');
    expect((await anonymous('/api/public/inconnue/agenda.ics')).statusCode).toBe(404);
    const other = (await anonymous(`/api/public/${w.otherSlug}/agenda`)).json();
    expect(other.actions.map((a: { titre: string }) => a.titre)).toEqual(['Atelier d’ailleurs']);
  });

  it('serves the same list as iCalendar: VTIMEZONE, stable UIDs, Paris times across the clock change', async () => {
    const res = await anonymous(`/api/public/${w.slug}/agenda.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.body).toContain('BEGIN:VTIMEZONE');
    expect(res.body).toContain('DTSTART;TZID=Europe/Paris:20270320T140000');
    expect(res.body).toContain('DTSTART;TZID=Europe/Paris:20270403T140000');
    const utc = parseIcalIn('UTC', res.body);
    expect(parseIcalIn('Europe/Paris', res.body)).toEqual(utc);
    expect(utc.map((e) => [e.uid, e.start, e.end])).toEqual([
      [`${w.hiver}@localhost`, '2027-03-20T13:00:00.000Z', '2027-03-20T15:00:00.000Z'],
      [`${w.ete}@localhost`, '2027-04-03T12:00:00.000Z', '2027-04-03T14:00:00.000Z'],
    ]);
    expect(utc[0]).toMatchObject({
      summary: 'Repair café',
      location: expect.stringMatching(/^Maison de quartier, /),
      description:
        'Atelier\nAvec : Centre social Busserine\nRéparer ensemble les petits appareils du quartier.',
    });
  });

  it('refuses a bad or taken slug in French, changes it, audits it, and the old address is gone', async () => {
    const bad = await w.coord.patch('/api/structure', { slug: 'Quartier Nord' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([
      {
        champ: 'slug',
        message:
          'Le nom court s’écrit en minuscules sans accents (a à z), chiffres et tirets simples, sans tiret au début ni à la fin.',
      },
    ]);
    const court = await w.coord.patch('/api/structure', { slug: 'ab' });
    expect(court.json().error.details).toEqual([
      { champ: 'slug', message: 'Le nom court compte au moins 3 caractères.' },
    ]);
    const pris = await w.coord.patch('/api/structure', { slug: w.otherSlug });
    expect(pris.statusCode).toBe(400);
    expect(pris.json().error.details).toEqual([
      { champ: 'slug', message: 'Ce nom court est déjà celui d’une autre structure.' },
    ]);
    const ok = await w.coord.patch('/api/structure', { slug: 'nord-solidaire' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().slug).toBe('nord-solidaire');
    expect((await anonymous(`/api/public/${w.slug}/agenda`)).statusCode).toBe(404);
    expect((await anonymous('/api/public/nord-solidaire/agenda')).json().actions).toHaveLength(2);
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'structure'), eq(auditLog.action, 'update')));
    expect(JSON.stringify(audit?.diff)).toContain('nord-solidaire');
  });
});
