/**
 * The phone's outbox replays what it is not sure the server got (issue 15): every kind of entry,
 * sent twice with the same client id, is stored once, and the second answer (200) is the record
 * the first one (201) made. Runs on PGlite and, with scripts/with-postgres.sh, on PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  contacts,
  demandes,
  observations,
  orientations,
  signalementPhotos,
  signalements,
  situationSteps,
} from '../src/db/schema';
import { buildAnnuaireService } from '../src/factories/accueil.factories';
import { buildPartenaire } from '../src/factories/factories';
import {
  buildMainCouranteStructure,
  liveTourneeBody,
} from '../src/features/main-courante/main-courante.factories';
import type { Session } from './helpers';
import { useWorld } from './world';

describe('every outbox entry replayed twice is stored once', () => {
  const {
    t,
    d: w,
    med,
  } = useWorld(
    async (db) => {
      const s = await buildMainCouranteStructure(db);
      const caf = await buildPartenaire(db, { structureId: s.structureId, kind: 'caf', nom: 'CAF 13' });
      const serviceId = (await buildAnnuaireService(db, { structureId: s.structureId, partnerId: caf.id }))
        .id;
      return { ...s, serviceId };
    },
    { med: (s) => s.med1.email },
  );

  /**
   * Sends the same entry twice, as the outbox would after a lost answer: `created` (201, or 200
   * where the route answers its parent, as a step answers its situation), then 200.
   */
  async function replay(send: (s: Session) => ReturnType<Session['post']>, created = 201) {
    const first = await send(med);
    expect(first.statusCode, first.body).toBe(created);
    const second = await send(med);
    expect(second.statusCode, second.body).toBe(200);
    return { first: first.json(), second: second.json() };
  }

  const countById = async (table: PgTable, column: PgColumn, id: string) => {
    const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(table).where(eq(column, id));
    return row?.n;
  };

  it('the tournée, a contact and an observation', async () => {
    const tournee = liveTourneeBody(w.malpasse.id, w.med1.id);
    const started = await replay((s) => s.post('/api/activites', tournee));
    expect(started.second.id).toBe(tournee.id);

    const contact = { id: randomUUID(), nature: 'ecoute', nbPersonnes: 2, public: 'adulte', genre: 'femme' };
    const c = await replay((s) => s.post(`/api/activites/${tournee.id}/contacts`, contact));
    expect(c.second).toEqual(c.first);
    expect(await countById(contacts, contacts.id, contact.id)).toBe(1);

    const obs = {
      id: randomUUID(),
      kind: 'rassemblement',
      note: 'Groupe calme au square.',
      lieuId: w.lieu.id,
    };
    const o = await replay((s) => s.post(`/api/activites/${tournee.id}/observations`, obs));
    expect(o.second).toEqual(o.first);
    expect(await countById(observations, observations.id, obs.id)).toBe(1);
  });

  it('a demande with its orientation', async () => {
    const orientationId = randomUUID();
    const demande = {
      id: randomUUID(),
      date: new Date().toISOString(),
      canal: 'rue',
      territoireId: w.malpasse.id,
      motifs: ['numerique'],
      reponses: [{ type: 'orientation', orientation: { id: orientationId, serviceId: w.serviceId } }],
    };
    const d = await replay((s) => s.post('/api/demandes', demande));
    expect(d.second).toEqual(d.first);
    expect(d.second.reponses).toMatchObject([{ type: 'orientation', orientationId }]);
    expect(await countById(demandes, demandes.id, demande.id)).toBe(1);
    expect(await countById(orientations, orientations.id, orientationId)).toBe(1);
  });

  it('a signalement and its photo', async () => {
    const body = { id: randomUUID(), categorie: 'proprete', latitude: 43.32589, longitude: 5.40493 };
    const sig = await replay((s) => s.post('/api/signalements', body));
    expect(sig.second.signalement).toEqual(sig.first.signalement);
    expect(await countById(signalements, signalements.id, body.id)).toBe(1);

    const jpeg = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#446688' } })
      .jpeg()
      .toBuffer();
    const photoId = randomUUID();
    const photo = await replay((s) =>
      s.request({
        method: 'POST',
        url: `/api/signalements/${body.id}/photos?photoId=${photoId}`,
        payload: jpeg,
        headers: { 'content-type': 'image/jpeg' },
      }),
    );
    expect(photo.second).toEqual(photo.first);
    expect(await countById(signalementPhotos, signalementPhotos.id, photoId)).toBe(1);
  });

  it('a step of a situation', async () => {
    const situation = await med.post('/api/situations', {
      id: randomUUID(),
      kind: 'voisinage_bruit',
      saisinePar: 'habitant',
      territoireId: w.malpasse.id,
      description: 'Musique forte la nuit, signalée au 3e étage.',
      dateSaisine: '2026-03-02',
    });
    expect(situation.statusCode, situation.body).toBe(201);
    const situationId = situation.json().id as string;
    const step = {
      id: randomUUID(),
      kind: 'entretien_individuel',
      date: '2026-03-05',
      dureeMinutes: 30,
      mediateurIds: [w.med1.id],
      note: 'Échange factuel.',
    };
    const st = await replay((s) => s.post(`/api/situations/${situationId}/etapes`, step), 200);
    expect(st.second).toEqual(st.first);
    expect(st.second.etapes.filter((e: { id: string }) => e.id === step.id)).toHaveLength(1);
    expect(await countById(situationSteps, situationSteps.id, step.id)).toBe(1);
  });
});
