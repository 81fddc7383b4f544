/**
 * A year of signalements for the demo structure: every category, routed by rules and places,
 * each partner with its own habits (the city is quick, the landlord slower), some still open and
 * overdue, one diagnostic en marchant, a few photos, and the Open311 demo key.
 * Seeded, so every `npm run demo` gives the same story.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { CATEGORIES, type Categorie, type Statut } from '../../../domain/signalements/signalement.schema';
import type { DbOrTx } from '../db/client';
import {
  diagnostics,
  partners,
  places,
  routingRules,
  signalementPhotos,
  signalementStatuts,
  signalements,
  territories,
  users,
} from '../db/schema';
import { buildOpen311Key } from '../factories/signalements.factories';
import { qpvAt } from '../features/signalements/geo';
import { routeSignalement } from '../features/signalements/routage.service';
import { mulberry32 } from './random';

export const DEMO_OPEN311_KEY = 'demo-open311-key';
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Which partner kind handles which category (the rest goes to the coordinator). */
const RULES: Partial<Record<Categorie, 'ville' | 'bailleur'>> = {
  proprete: 'ville',
  eclairage: 'ville',
  voirie: 'ville',
  espaces_verts: 'ville',
  mobilier_urbain: 'ville',
  stationnement: 'ville',
  encombrants: 'bailleur',
  ascenseur: 'bailleur',
  parties_communes: 'bailleur',
  nuisibles: 'bailleur',
  degradation: 'bailleur',
};
const WEIGHTS: Record<Categorie, number> = {
  proprete: 18,
  encombrants: 16,
  eclairage: 12,
  degradation: 9,
  ascenseur: 8,
  parties_communes: 8,
  espaces_verts: 6,
  voirie: 6,
  stationnement: 5,
  mobilier_urbain: 5,
  securite: 3,
  nuisibles: 3,
  autre: 2,
};
/** Median days to "pris en compte" and to "résolu", per partner kind. */
const HABITS: Record<string, { pec: number; res: number; reject: number }> = {
  ville: { pec: 1.5, res: 8, reject: 0.06 },
  bailleur: { pec: 4, res: 18, reject: 0.1 },
  transporteur: { pec: 0.8, res: 4, reject: 0.05 },
};
const DESCRIPTIONS: Partial<Record<Categorie, string[]>> = {
  proprete: [
    'Sacs d’ordures au pied de l’immeuble',
    'Déjections canines sur le trottoir',
    'Bac de tri débordant',
  ],
  encombrants: ['Matelas et sommier déposés au local poubelles', 'Canapé abandonné devant l’entrée'],
  eclairage: ['Lampadaire éteint', 'Hall sans lumière le soir', 'Éclairage du passage clignote'],
  degradation: ['Porte du hall forcée', 'Boîtes aux lettres arrachées', 'Vitre de l’abribus cassée'],
  ascenseur: ['Ascenseur en panne depuis deux jours', 'Ascenseur bloqué au 4e'],
  parties_communes: ['Infiltration d’eau dans la cage d’escalier', 'Interphone hors service'],
  espaces_verts: ['Branches cassées au-dessus de l’aire de jeux', 'Pelouse non tondue'],
  voirie: ['Nid-de-poule dangereux', 'Trottoir défoncé'],
  stationnement: ['Véhicule ventouse sur place handicapé', 'Voitures garées sur le passage piéton'],
  mobilier_urbain: ['Banc cassé', 'Poubelle de rue arrachée'],
  securite: ['Plaque d’égout descellée', 'Câbles électriques apparents'],
  nuisibles: ['Rats signalés près des containers', 'Nid de frelons sous l’auvent'],
  autre: ['Tags sur la façade de l’école'],
};

export async function loadDemoSignalements(tx: DbOrTx, ctx: { structureId: string; now: Date }) {
  const sid = ctx.structureId;
  const rnd = mulberry32(6311);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  // Log-normal around a median (days), so delays have a realistic long tail.
  const delay = (medianDays: number) => medianDays * DAY * Math.exp((rnd() + rnd() + rnd() - 1.5) * 1.2);

  const terr = await tx.select().from(territories).where(eq(territories.structureId, sid));
  const lieux = (await tx.select().from(places).where(eq(places.structureId, sid))).filter(
    (p) => p.latitude !== null,
  );
  const parts = await tx.select().from(partners).where(eq(partners.structureId, sid));
  const staff = await tx
    .select()
    .from(users)
    .where(and(eq(users.structureId, sid), eq(users.role, 'mediateur')));
  const [coord] = await tx
    .select()
    .from(users)
    .where(and(eq(users.structureId, sid), eq(users.role, 'coordinateur')));
  const partnerUsers = await tx
    .select()
    .from(users)
    .where(and(eq(users.structureId, sid), eq(users.role, 'partenaire')));
  const byKind = (kind: string) => parts.find((p) => p.kind === kind);

  const rules = terr.flatMap((t) =>
    Object.entries(RULES).map(([categorie, kind]) => ({
      structureId: sid,
      categorie,
      territoryId: t.id,
      partnerId: byKind(kind)!.id,
    })),
  );
  await tx.insert(routingRules).values(rules);
  await buildOpen311Key(tx, { structureId: sid, key: DEMO_OPEN311_KEY, label: 'Clé de démonstration' });

  const fraisVallon = terr.find((t) => t.qpvCode === 'QN01344M') ?? terr[0]!;
  const diagId = randomUUID();
  const diagDay = new Date(ctx.now.getTime() - 60 * DAY);
  diagDay.setUTCHours(8, 0, 0, 0);
  const ville = byKind('ville');
  const bailleur = byKind('bailleur');
  await tx.insert(diagnostics).values({
    id: diagId,
    structureId: sid,
    territoryId: fraisVallon.id,
    date: diagDay.toISOString().slice(0, 10),
    titre: 'Diagnostic en marchant — Frais Vallon Nord',
    nbHabitants: 14,
    partnerIds: [ville, bailleur].filter((p) => !!p).map((p) => p!.id),
  });

  const categories = CATEGORIES.flatMap((c) => Array<Categorie>(WEIGHTS[c]).fill(c));
  const rows: Array<typeof signalements.$inferInsert> = [];
  const history: Array<typeof signalementStatuts.$inferInsert> = [];
  const total = 420;
  for (let i = 0; i < total; i++) {
    const inDiag = i < 9;
    // The last few: captured these days, no rule covers them, waiting for the coordinator.
    const fresh = i >= total - 5;
    const lieu = inDiag ? pick(lieux.filter((l) => l.territoryId === fraisVallon.id)) : pick(lieux);
    const categorie = fresh ? pick(['securite', 'autre'] as const) : pick(categories);
    const latitude = lieu.latitude! + (rnd() - 0.5) * 0.0008;
    const longitude = lieu.longitude! + (rnd() - 0.5) * 0.0011;
    const observed = inDiag
      ? new Date(diagDay.getTime() + rnd() * 2 * HOUR)
      : new Date(ctx.now.getTime() - rnd() * (fresh ? 3 : 365) * DAY - HOUR);
    // Mediators work days and evenings: about 08:00 to 20:00 in Paris.
    if (!inDiag) {
      observed.setUTCHours(6 + Math.floor(rnd() * 12), Math.floor(rnd() * 60));
      if (observed > ctx.now) observed.setTime(observed.getTime() - DAY);
    }
    const atPlace = rnd() < 0.4;
    const route = await routeSignalement(tx, sid, categorie, lieu.territoryId, atPlace ? lieu.id : null);
    const mediator = pick(staff);
    const by = (
      at: Date,
      statut: Statut,
      label: string,
      via: string,
      userId: string | null,
      commentaire: string | null = null,
    ) => history.push({ signalementId: id, statut, at, byLabel: label, via, byUserId: userId, commentaire });
    const id = randomUUID();
    const medLabel = `${mediator.prenom} ${mediator.nom}`;
    by(observed, 'nouveau', medLabel, 'application', mediator.id);
    let partnerId = route.partnerId;
    let statut: Statut = 'nouveau';
    let transmitted: Date | null = null;
    let last = observed;
    if (partnerId) {
      transmitted = new Date(observed.getTime() + 1000);
      by(
        transmitted,
        'transmis',
        medLabel,
        'application',
        mediator.id,
        'Transmission automatique (règle de routage).',
      );
    } else {
      const manual = new Date(observed.getTime() + delay(1));
      const recent = ctx.now.getTime() - observed.getTime() < 20 * DAY;
      if (manual < ctx.now && coord && !fresh && !(recent && rnd() < 0.6)) {
        partnerId = (categorie === 'securite' ? ville : pick([ville, bailleur]))!.id;
        transmitted = manual;
        by(
          manual,
          'transmis',
          `${coord.prenom} ${coord.nom}`,
          'application',
          coord.id,
          'Transmis par la coordination.',
        );
      }
    }
    if (transmitted) {
      statut = 'transmis';
      last = transmitted;
      const partner = parts.find((p) => p.id === partnerId)!;
      const habits = HABITS[partner.kind] ?? HABITS.ville!;
      const pUser = partnerUsers.find((u) => u.partnerId === partner.id);
      const viaLink = !pUser || rnd() < 0.5;
      const pLabel = viaLink ? partner.nom : `${pUser!.prenom} ${pUser!.nom}`;
      const pVia = viaLink ? 'lien' : 'portail';
      // Some are never answered (the overdue list), some taken but never solved.
      const silent = rnd() < 0.06;
      const pec = new Date(transmitted.getTime() + delay(habits.pec));
      if (!silent && pec < ctx.now) {
        statut = 'pris_en_compte';
        last = pec;
        by(pec, 'pris_en_compte', pLabel, pVia, viaLink ? null : pUser!.id);
        const end = new Date(pec.getTime() + delay(habits.res));
        if (end < ctx.now && rnd() > 0.07) {
          const rejected = rnd() < habits.reject;
          statut = rejected ? 'rejete' : 'resolu';
          last = end;
          by(
            end,
            statut,
            pLabel,
            pVia,
            viaLink ? null : pUser!.id,
            rejected ? 'Hors de notre périmètre.' : null,
          );
        }
      }
    }
    rows.push({
      id,
      structureId: sid,
      territoryId: lieu.territoryId,
      placeId: atPlace ? lieu.id : null,
      qpvCode: qpvAt(latitude, longitude)?.code ?? null,
      latitude,
      longitude,
      categorie,
      description: rnd() < 0.8 ? pick(DESCRIPTIONS[categorie] ?? ['']) || null : null,
      descriptionInterne: rnd() < 0.05,
      statut,
      partnerId,
      routage: route.partnerId ? route.routage : partnerId ? 'manuel' : 'coordination',
      alerteRoutage: partnerId ? null : route.alerte,
      diagnosticId: inDiag ? diagId : null,
      origine: 'application',
      createdByUserId: mediator.id,
      observedAt: observed,
      transmittedAt: transmitted,
      createdAt: observed,
      updatedAt: last,
    });
  }
  for (let i = 0; i < rows.length; i += 200) await tx.insert(signalements).values(rows.slice(i, i + 200));
  for (let i = 0; i < history.length; i += 500)
    await tx.insert(signalementStatuts).values(history.slice(i, i + 500));

  // A few photos on recent ones (drawn, no people), re-encoded like uploads.
  const recent = [...rows].sort((a, b) => b.observedAt!.getTime() - a.observedAt!.getTime()).slice(0, 6);
  for (const [i, s] of recent.entries()) {
    const data = await sharp({
      create: {
        width: 800,
        height: 600,
        channels: 3,
        background: { r: 90 + i * 25, g: 110, b: 140 - i * 15 },
      },
    })
      .jpeg({ quality: 70 })
      .toBuffer();
    await tx.insert(signalementPhotos).values({
      id: randomUUID(),
      signalementId: s.id!,
      mime: 'image/jpeg',
      width: 800,
      height: 600,
      size: data.length,
      data,
    });
  }
  return { signalements: rows.length, diagnosticId: diagId };
}
