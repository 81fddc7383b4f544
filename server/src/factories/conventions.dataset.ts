/**
 * The crafted dataset of the convention tests: a convention on Frais Vallon plus one place of
 * Malpassé (Square Corot), in March 2026. Every figure is computed by hand in conventions.test.ts.
 */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { buildActivite, buildMainCouranteStructure } from '../features/main-courante/main-courante.factories';
import { activites } from '../features/main-courante/main-courante.table';
import { buildConvention } from './conventions.factories';
import { buildPartenaire, buildStructure, buildUser } from './factories';

export async function buildConventionDataset(db: DbOrTx) {
  const s = await buildMainCouranteStructure(db);
  const { structureId, malpasse, fraisVallon, lieu: squareCorot, med1, med2 } = s;
  const act = async (
    territoryId: string,
    debut: string,
    fin: string,
    o: { placeId?: string; mediateurIds?: string[]; nbContacts?: number } = {},
  ) => {
    const a = await buildActivite(db, {
      structureId,
      territoryId,
      createdBy: med1.id,
      debut: new Date(debut),
      fin: new Date(fin),
      mediateurIds: o.mediateurIds ?? [med1.id],
      nbContacts: o.nbContacts ?? 0,
    });
    if (o.placeId) await db.update(activites).set({ placeId: o.placeId }).where(eq(activites.id, a.id));
    return a;
  };
  // In the perimeter: Frais Vallon (listed QPV), and Square Corot (listed place of an unlisted QPV).
  await act(fraisVallon.id, '2026-03-10T14:00:00+01:00', '2026-03-10T16:00:00+01:00', {
    mediateurIds: [med1.id, med2.id],
    nbContacts: 3,
  });
  await act(malpasse.id, '2026-03-12T18:00:00+01:00', '2026-03-12T19:30:00+01:00', {
    placeId: squareCorot.id,
    nbContacts: 2,
  });
  // Starts on the last evening of the convention: counts whole.
  await act(malpasse.id, '2026-03-31T23:30:00+02:00', '2026-04-01T00:30:00+02:00', {
    placeId: squareCorot.id,
    mediateurIds: [med2.id],
  });
  // Malpassé elsewhere than the listed place: outside the perimeter.
  await act(malpasse.id, '2026-03-15T10:00:00+01:00', '2026-03-15T13:00:00+01:00', { nbContacts: 4 });
  // Frais Vallon, but before and after the convention's period.
  await act(fraisVallon.id, '2026-02-27T10:00:00+01:00', '2026-02-27T12:00:00+01:00', { nbContacts: 1 });
  await act(fraisVallon.id, '2026-04-02T10:00:00+02:00', '2026-04-02T11:00:00+02:00', { nbContacts: 1 });

  const financeur = await buildPartenaire(db, { structureId, nom: 'Ville de Marseille', kind: 'ville' });
  const direction = await buildUser(db, { structureId, role: 'direction' });
  const convention = await buildConvention(db, {
    structureId,
    partnerId: financeur.id,
    createdBy: direction.id,
    nom: 'Politique de la ville — mars 2026',
    du: '2026-03-01',
    au: '2026-03-31',
    territoryIds: [fraisVallon.id],
    placeIds: [squareCorot.id],
    objectifs: [
      { indicateur: 'heures_presence', cible: 10 },
      { indicateur: 'activites', cible: 4 },
      { indicateur: 'contacts', cible: 5 },
      { indicateur: 'personnes', cible: 0 },
    ],
  });
  const other = await buildStructure(db);
  const otherPartner = await buildPartenaire(db, { structureId: other.id });
  const otherCoord = await buildUser(db, { structureId: other.id, role: 'coordinateur' });
  const admin = await buildUser(db, { structureId, role: 'admin' });
  const lecteurMalpasse = await buildUser(db, { structureId, role: 'lecteur', territoryIds: [malpasse.id] });
  const partner = await buildUser(db, { structureId, role: 'partenaire', partnerId: financeur.id });
  return {
    ...s,
    financeur,
    direction,
    admin,
    convention,
    other,
    otherPartner,
    otherCoord,
    lecteurMalpasse,
    partner,
  };
}
