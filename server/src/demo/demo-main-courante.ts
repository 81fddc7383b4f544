/**
 * A year of main courante for the demo structure: each mediator's rhythm (day team, evening
 * team), holidays (three weeks in summer, one in winter), seasons (busy June, quiet August),
 * evening tournées that run late in summer, reviews by the coordinator. Seeded: the same story
 * for the same day, written in bulk so that `npm run demo` stays fast.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { addDays, parisDate, parisInstant, periode } from '../../../domain/main-courante/creneau';
import type { Cadre } from '../../../domain/main-courante/main-courante.taxonomies';
import type { DbOrTx } from '../db/client';
import { places, sectors, territories, users, userTerritories } from '../db/schema';
import {
  activiteMediateurs,
  activiteReviews,
  activites,
  contacts,
  observations,
} from '../features/main-courante/main-courante.table';
import * as D from './demo-main-courante.data';
import { mulberry32 } from './random';

interface Mediator {
  id: string;
  territoryIds: string[];
  rhythm: D.Rhythm;
  /** How many people they tend to meet, compared with the team. */
  manner: number;
  /** Days off (YYYY-MM-DD). */
  leave: Set<string>;
}

async function insertChunks<T extends PgTable>(tx: DbOrTx, table: T, rows: T['$inferInsert'][]) {
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(table).values(rows.slice(i, i + 1000));
}

/** Writes the demo main courante of a structure whose territories, places and team exist. */
export async function loadDemoMainCourante(
  tx: DbOrTx,
  o: { structureId: string; now: Date; seed?: number },
): Promise<{ activites: number; contacts: number; observations: number }> {
  const rnd = mulberry32(o.seed ?? 20_260_301);
  const pick = <T extends string>(w: D.Weights<T>): T => {
    let r = rnd() * w.reduce((n, [, x]) => n + x, 0);
    for (const [v, x] of w) {
      r -= x;
      if (r < 0) return v;
    }
    return w[w.length - 1]![0];
  };
  const around = (mean: number) => Math.max(1, Math.round(mean * (0.5 + rnd())));
  const terr = await tx.select().from(territories).where(eq(territories.structureId, o.structureId));
  const sect = await tx.select().from(sectors).where(eq(sectors.structureId, o.structureId));
  const plc = await tx.select().from(places).where(eq(places.structureId, o.structureId));
  const team = await tx
    .select()
    .from(users)
    .where(and(eq(users.structureId, o.structureId), inArray(users.role, ['mediateur', 'coordinateur'])))
    .orderBy(users.email);
  const links = team.length
    ? await tx
        .select()
        .from(userTerritories)
        .where(
          inArray(
            userTerritories.userId,
            team.map((u) => u.id),
          ),
        )
    : [];
  const coordinator = team.find((u) => u.role === 'coordinateur');
  const today = parisDate(o.now);
  const first = addDays(today, -365);

  const mediators: Mediator[] = team
    .filter((u) => u.role === 'mediateur')
    .map((u, i) => {
      const leave = new Set<string>();
      const summer = addDays(`${Number(first.slice(0, 4)) + 1}-07-01`, Math.floor(rnd() * 45));
      for (let d = 0; d < 21; d++) leave.add(addDays(summer, d));
      const winter = addDays(`${first.slice(0, 4)}-12-${rnd() < 0.5 ? '22' : '29'}`, rnd() < 0.3 ? 56 : 0);
      for (let d = 0; d < 7; d++) leave.add(addDays(winter, d));
      for (let d = 0; d < 6; d++) leave.add(addDays(first, Math.floor(rnd() * 365)));
      return {
        id: u.id,
        territoryIds: u.allTerritories
          ? terr.map((t) => t.id)
          : links.filter((l) => l.userId === u.id).map((l) => l.territoryId),
        rhythm: i % 2 ? D.RHYTHMS.soiree : D.RHYTHMS.jour,
        manner: 0.8 + rnd() * 0.5,
        leave,
      };
    });

  const acts: Array<typeof activites.$inferInsert> = [];
  const meds: Array<typeof activiteMediateurs.$inferInsert> = [];
  const cts: Array<typeof contacts.$inferInsert> = [];
  const obs: Array<typeof observations.$inferInsert> = [];
  const reviews: Array<typeof activiteReviews.$inferInsert> = [];

  const addActivite = (
    day: string,
    pair: Mediator[],
    territoryId: string,
    slot: 'matin' | 'apres-midi' | 'soir',
  ) => {
    const month = Number(day.slice(5, 7)) - 1;
    const summer = month >= 5 && month <= 7;
    const evening = slot === 'soir';
    // A mediator alone holds a desk rather than walking a patrol.
    const cadre: Cadre =
      pair.length === 1 && !evening ? 'permanence' : pick(evening ? D.CADRES_SOIREE : D.CADRES_JOUR);
    const starts = evening
      ? summer
        ? ['19:30', '20:00', '20:30', '21:00']
        : ['18:30', '19:00', '19:30', '20:00']
      : slot === 'matin'
        ? ['09:00', '09:30', '10:00']
        : ['14:00', '14:30', '15:00'];
    const start = pickOf(starts)!;
    const debut = parisInstant(day, start);
    const hours = cadre === 'evenement' ? 4 : cadre === 'transport' ? 2 : 2.5 + rnd() * 1.5;
    const fin = new Date(debut.getTime() + Math.round((hours * 60) / 15) * 15 * 60_000);
    const place = rnd() < 0.65 ? pickOf(plc.filter((p) => p.territoryId === territoryId)) : undefined;
    const sectorId =
      place?.sectorId ?? (rnd() < 0.5 ? pickOf(sect.filter((s) => s.territoryId === territoryId))?.id : null);
    const id = randomUUID();
    const age = (o.now.getTime() - fin.getTime()) / 86_400_000;
    const reviewed = age > 10 && rnd() < 0.93;
    const sentBack = reviewed && rnd() < 0.06;
    const revueLe = new Date(fin.getTime() + (2 + Math.floor(rnd() * 5)) * 86_400_000);
    const statut = !reviewed ? 'a_revoir' : sentBack ? 'a_corriger' : 'validee';
    const revueCommentaire = sentBack ? pickOf(D.COMMENTAIRES_CORRECTION)! : null;
    acts.push({
      id,
      structureId: o.structureId,
      territoryId,
      sectorId: sectorId ?? null,
      placeId: place?.id ?? null,
      cadre,
      debut,
      fin,
      ...periode(debut, fin),
      commentaire: pickOf(D.COMMENTAIRES_ACTIVITE) ?? null,
      statutRevue: statut,
      verrouillee: statut === 'validee',
      revueParId: reviewed ? (coordinator?.id ?? null) : null,
      revueLe: reviewed ? revueLe : null,
      revueCommentaire,
      createdBy: pair[0]!.id,
      createdAt: fin,
      updatedAt: reviewed ? revueLe : fin,
    });
    for (const m of pair) meds.push({ activiteId: id, userId: m.id });
    if (reviewed) {
      reviews.push({
        structureId: o.structureId,
        activiteId: id,
        action: statut,
        commentaire: revueCommentaire,
        actorId: coordinator?.id ?? null,
        createdAt: revueLe,
      });
    }
    const manner = pair.reduce((n, m) => n + m.manner, 0) / pair.length;
    const n = around(D.CONTACTS_MOYENS[cadre] * D.SEASON[month]! * manner * (evening && summer ? 1.5 : 1));
    for (let c = 0; c < n; c++) {
      const heure = new Date(debut.getTime() + rnd() * (fin.getTime() - debut.getTime()));
      cts.push({
        id: randomUUID(),
        structureId: o.structureId,
        activiteId: id,
        nature: pick(D.NATURES_PAR_CADRE[cadre]),
        nbPersonnes: cadre === 'evenement' ? around(4) : rnd() < 0.6 ? 1 : around(2.5),
        public: pick(evening ? D.PUBLICS_SOIREE : D.PUBLICS_JOUR),
        genre: pick(evening ? D.GENRES_SOIREE : D.GENRES_JOUR),
        heure,
        createdBy: pair[Math.floor(rnd() * pair.length)]!.id,
        createdAt: heure,
        updatedAt: heure,
      });
    }
    if (cadre === 'tournee' && rnd() < (evening ? 0.3 : 0.15)) {
      const kind = pick(D.OBSERVATIONS);
      const treated = age > 7 && rnd() < 0.85;
      obs.push({
        id: randomUUID(),
        structureId: o.structureId,
        activiteId: id,
        kind,
        placeId: place?.id ?? null,
        note: pickOf(D.NOTES[kind])!,
        heure: fin,
        traiteeLe: treated ? revueLe : null,
        traiteeParId: treated ? (coordinator?.id ?? null) : null,
        createdBy: pair[0]!.id,
        createdAt: fin,
        updatedAt: fin,
      });
    }
  };
  function pickOf<T>(xs: T[]): T | undefined {
    return xs[Math.floor(rnd() * xs.length)];
  }

  for (let day = first; day < today; day = addDays(day, 1)) {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    const month = Number(day.slice(5, 7)) - 1;
    const festive = day.slice(5) >= '12-24' || day.slice(5) === '01-01';
    const level = D.SEASON[month]! * (festive ? 0.4 : 1);
    // Who works where today: those on both QPV go where the day takes them.
    const groups = new Map<string, Mediator[]>();
    for (const m of mediators) {
      if (!m.rhythm.weekdays.includes(weekday) || m.leave.has(day)) continue;
      const key = `${pickOf(m.territoryIds)}|${m.rhythm.kind}`;
      groups.set(key, [...(groups.get(key) ?? []), m]);
    }
    for (const [key, group] of groups) {
      const [territoryId, kind] = key.split('|') as [string, D.Rhythm['kind']];
      for (let i = 0; i < group.length; i += 2) {
        const pair = group.slice(i, i + 2);
        if (kind === 'soiree') {
          if (rnd() < 0.85 * level) addActivite(day, pair, territoryId, 'soir');
          continue;
        }
        if (rnd() < 0.8 * level) addActivite(day, pair, territoryId, 'matin');
        if (rnd() < 0.6 * level) addActivite(day, pair, territoryId, 'apres-midi');
      }
    }
  }

  await insertChunks(tx, activites, acts);
  await insertChunks(tx, activiteMediateurs, meds);
  await insertChunks(tx, contacts, cts);
  await insertChunks(tx, observations, obs);
  await insertChunks(tx, activiteReviews, reviews);
  return { activites: acts.length, contacts: cts.length, observations: obs.length };
}
