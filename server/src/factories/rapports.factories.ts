/** The crafted dataset of the report tests: every figure of it is computed by hand in rapports.test.ts. */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { buildActivite, buildMainCouranteStructure } from '../features/main-courante/main-courante.factories';
import { contacts } from '../features/main-courante/main-courante.table';
import { buildStructure, buildTerritoire, buildUser } from './factories';

type C = [nature: string, nb: number, pub: string, genre: string];

async function addContacts(db: DbOrTx, structureId: string, activiteId: string, by: string, list: C[]) {
  const rows = list.map(([nature, nbPersonnes, pub, genre]) => ({
    id: randomUUID(),
    structureId,
    activiteId,
    nature,
    nbPersonnes,
    public: pub,
    genre,
    createdBy: by,
  }));
  if (rows.length) await db.insert(contacts).values(rows);
  return rows;
}

export async function buildRapportDataset(db: DbOrTx) {
  const s = await buildMainCouranteStructure(db);
  const { structureId, malpasse, fraisVallon, med1, med2 } = s;
  const other = await buildStructure(db);
  const otherTerr = await buildTerritoire(db, { structureId: other.id, qpvCode: 'QN01342I' });
  const foreignMed = await buildUser(db, { structureId: other.id });
  const otherCoord = await buildUser(db, { structureId: other.id, role: 'coordinateur' });
  const partner = await buildUser(db, { structureId, role: 'partenaire' });
  const act = (
    territoryId: string,
    cadre: 'tournee' | 'permanence' | 'evenement' | 'transport',
    debut: string,
    fin: string | null,
    mediateurIds: string[],
  ) =>
    buildActivite(db, {
      structureId,
      territoryId,
      createdBy: med1.id,
      cadre,
      debut: new Date(debut),
      fin: fin ? new Date(fin) : null,
      mediateurIds,
    });
  // A1: Tuesday afternoon, two mediators.
  const a1 = await act(malpasse.id, 'tournee', '2026-03-10T14:00:00+01:00', '2026-03-10T16:30:00+01:00', [
    med1.id,
    med2.id,
  ]);
  await addContacts(db, structureId, a1.id, med1.id, [
    ['lien_social', 2, 'adulte', 'femme'],
    ['gestion_conflit', 3, 'jeune', 'homme'],
  ]);
  // A2: crosses midnight; a mediator of another structure was there too.
  const a2 = await act(
    fraisVallon.id,
    'permanence',
    '2026-03-11T21:00:00+01:00',
    '2026-03-12T00:30:00+01:00',
    [med1.id, foreignMed.id],
  );
  await addContacts(db, structureId, a2.id, med1.id, [['orientation', 1, 'senior', 'non_precise']]);
  // A3: the night of the March clock change: 22:00 CET to 03:30 CEST is 4 h 30 of real time.
  const a3 = await act(malpasse.id, 'tournee', '2026-03-28T22:00:00+01:00', '2026-03-29T03:30:00+02:00', [
    med2.id,
  ]);
  await addContacts(db, structureId, a3.id, med2.id, [['veille', 2, 'adulte', 'femme']]);
  // A4: Easter Monday (public holiday) morning; one undone contact.
  const a4 = await act(
    fraisVallon.id,
    'evenement',
    '2026-04-06T10:00:00+02:00',
    '2026-04-06T12:00:00+02:00',
    [med1.id],
  );
  await addContacts(db, structureId, a4.id, med1.id, [['information', 4, 'enfant', 'homme']]);
  const [undone] = await addContacts(db, structureId, a4.id, med1.id, [
    ['sensibilisation', 10, 'adulte', 'femme'],
  ]);
  await db.update(contacts).set({ deletedAt: new Date() }).where(eq(contacts.id, undone!.id));
  // A5: starts on the last evening of the period (its end falls after it).
  await act(malpasse.id, 'transport', '2026-04-30T23:30:00+02:00', '2026-05-01T01:00:00+02:00', [med1.id]);
  // A7: a live tournée, no end yet.
  const a7 = await act(malpasse.id, 'tournee', '2026-04-15T10:00:00+02:00', null, [med1.id]);
  await addContacts(db, structureId, a7.id, med1.id, [['lien_social', 1, 'jeune_adulte', 'femme']]);
  // Outside the period: the evening before, and 00:10 on 1 May in Paris (still 30 April in UTC).
  const out1 = await act(malpasse.id, 'tournee', '2026-02-28T23:30:00+01:00', '2026-03-01T01:00:00+01:00', [
    med1.id,
  ]);
  await addContacts(db, structureId, out1.id, med1.id, [['ecoute', 7, 'adulte', 'homme']]);
  await act(malpasse.id, 'tournee', '2026-05-01T00:10:00+02:00', '2026-05-01T02:00:00+02:00', [med1.id]);
  // Another structure's activity in the period.
  const b = await buildActivite(db, {
    structureId: other.id,
    territoryId: otherTerr.id,
    createdBy: foreignMed.id,
    debut: new Date('2026-03-10T14:00:00+01:00'),
    nbContacts: 5,
  });
  return { ...s, other, foreignMed, otherCoord, partner, activiteAutre: b };
}
