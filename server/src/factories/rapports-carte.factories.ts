/** The crafted dataset of the hotspot map tests: every figure is computed by hand in rapports-carte.test.ts. */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { buildActivite, buildMainCouranteStructure } from '../features/main-courante/main-courante.factories';
import { activites, contacts } from '../features/main-courante/main-courante.table';
import { buildLieu, buildStructure, buildTerritoire, buildUser } from './factories';
import { buildSignalement } from './signalements.factories';

interface Contact {
  nb: number;
  placeId?: string | null;
  undone?: boolean;
}

async function activiteAt(
  db: DbOrTx,
  o: { structureId: string; territoryId: string; by: string; debut: string; placeId: string | null },
  list: Contact[],
) {
  const a = await buildActivite(db, {
    structureId: o.structureId,
    territoryId: o.territoryId,
    createdBy: o.by,
    debut: new Date(o.debut),
  });
  if (o.placeId) await db.update(activites).set({ placeId: o.placeId }).where(eq(activites.id, a.id));
  if (list.length) {
    await db.insert(contacts).values(
      list.map((c) => ({
        id: randomUUID(),
        structureId: o.structureId,
        activiteId: a.id,
        nature: 'lien_social',
        nbPersonnes: c.nb,
        public: 'adulte',
        genre: 'non_precise',
        placeId: c.placeId ?? null,
        createdBy: o.by,
        deletedAt: c.undone ? new Date() : null,
      })),
    );
  }
  return a;
}

/**
 * Period 1 March – 30 April 2026. Malpassé: place P1 (located) and Square Corot (no coordinates);
 * Frais Vallon: place P3 (located) and Tour K. Contacts, signalements, and the same kinds of
 * rows out of the period and in another structure.
 */
export async function buildCarteDataset(db: DbOrTx) {
  const s = await buildMainCouranteStructure(db);
  const { structureId, malpasse, fraisVallon, lieu: corot, med1 } = s;
  const p1 = await buildLieu(db, {
    structureId,
    territoryId: malpasse.id,
    nom: 'Place du marché',
    latitude: 43.33,
    longitude: 5.42,
  });
  const p3 = await buildLieu(db, {
    structureId,
    territoryId: fraisVallon.id,
    nom: 'Mail central',
    latitude: 43.34,
    longitude: 5.41,
  });
  const at = (territoryId: string, debut: string, placeId: string | null, list: Contact[]) =>
    activiteAt(db, { structureId, territoryId, by: med1.id, debut, placeId }, list);
  // A1 at P1: a contact placed by its activity, one at P1 itself, one at a place without coordinates.
  await at(malpasse.id, '2026-03-10T14:00:00+01:00', p1.id, [
    { nb: 3 },
    { nb: 2, placeId: p1.id },
    { nb: 4, placeId: corot.id },
  ]);
  // A2 without a place: one contact at P3, one nowhere.
  await at(fraisVallon.id, '2026-03-12T18:00:00+01:00', null, [{ nb: 5, placeId: p3.id }, { nb: 1 }]);
  // A3 at P3, with an undone contact.
  await at(fraisVallon.id, '2026-04-20T10:00:00+02:00', p3.id, [{ nb: 2 }, { nb: 10, undone: true }]);
  // Out of the period: 00:10 on 1 May in Paris.
  await at(malpasse.id, '2026-05-01T00:10:00+02:00', p1.id, [{ nb: 7 }]);

  const sig = (territoryId: string, observedAt: string, o: Partial<Parameters<typeof buildSignalement>[1]>) =>
    buildSignalement(db, { structureId, territoryId, observedAt: new Date(observedAt), ...o });
  await sig(malpasse.id, '2026-03-02T09:00:00+01:00', { latitude: 43.33012, longitude: 5.42018 });
  await sig(malpasse.id, '2026-03-20T09:00:00+01:00', {
    latitude: 43.3299,
    longitude: 5.4199,
    categorie: 'encombrants',
  });
  await sig(malpasse.id, '2026-04-02T09:00:00+02:00', { latitude: 43.3304, longitude: 5.42 });
  await sig(fraisVallon.id, '2026-04-10T09:00:00+02:00', { placeId: p3.id, categorie: 'eclairage' });
  await sig(fraisVallon.id, '2026-04-11T09:00:00+02:00', {});
  await sig(malpasse.id, '2026-04-12T09:00:00+02:00', { placeId: corot.id });
  await sig(malpasse.id, '2026-02-28T23:30:00+01:00', { latitude: 43.33, longitude: 5.42 });

  // Another structure, same spot, same period.
  const other = await buildStructure(db);
  const otherTerr = await buildTerritoire(db, { structureId: other.id, qpvCode: 'QN01342I' });
  const otherCoord = await buildUser(db, { structureId: other.id, role: 'coordinateur' });
  const otherPlace = await buildLieu(db, {
    structureId: other.id,
    territoryId: otherTerr.id,
    nom: 'Ailleurs',
    latitude: 43.33,
    longitude: 5.42,
  });
  await activiteAt(
    db,
    {
      structureId: other.id,
      territoryId: otherTerr.id,
      by: otherCoord.id,
      debut: '2026-03-10T14:00:00+01:00',
      placeId: otherPlace.id,
    },
    [{ nb: 9 }],
  );
  await buildSignalement(db, {
    structureId: other.id,
    territoryId: otherTerr.id,
    latitude: 43.33,
    longitude: 5.42,
    observedAt: new Date('2026-03-10T10:00:00+01:00'),
  });
  const partner = await buildUser(db, { structureId, role: 'partenaire' });
  return { ...s, p1, p3, other, otherCoord, otherPlace, partner };
}
