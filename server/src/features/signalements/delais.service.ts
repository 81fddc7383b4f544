import { and, asc, eq, gte, inArray, isNotNull, lt, type SQL } from 'drizzle-orm';
import type {
  Categorie,
  DelaiLigne,
  EnRetard,
  Statut,
} from '../../../../domain/signalements/signalement.schema';
import { addParisDays, parisInstant } from '../../../../domain/time/paris';
import { partners, signalementStatuts, signalements } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { signalementScope } from './signalements.read';

const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const v = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return Math.round(v * 10) / 10;
};
const HOUR = 3_600_000;

/** Delays per partner × category of the signalements transmitted in the period (Paris dates). */
export async function computeDelais(
  ctx: ServiceContext,
  q: { depuis?: string; jusqua?: string; seuilRetardJours: number },
): Promise<{ lignes: DelaiLigne[]; enRetard: EnRetard[] }> {
  const now = ctx.now();
  const f: SQL[] = [
    signalementScope(ctx.actor),
    isNotNull(signalements.transmittedAt),
    isNotNull(signalements.partnerId),
  ];
  if (q.depuis) f.push(gte(signalements.transmittedAt, parisInstant(q.depuis)));
  if (q.jusqua) f.push(lt(signalements.transmittedAt, addParisDays(parisInstant(q.jusqua), 1)));
  const rows = await ctx.db
    .select({
      id: signalements.id,
      numero: signalements.numero,
      categorie: signalements.categorie,
      statut: signalements.statut,
      partnerId: signalements.partnerId,
      partnerNom: partners.nom,
      transmittedAt: signalements.transmittedAt,
    })
    .from(signalements)
    .innerJoin(partners, eq(partners.id, signalements.partnerId))
    .where(and(...f))
    .orderBy(asc(signalements.transmittedAt));
  const ids = rows.map((r) => r.id);
  const first = new Map<string, { pec?: Date; res?: Date }>();
  for (let i = 0; i < ids.length; i += 5000) {
    const hist = await ctx.db
      .select({
        id: signalementStatuts.signalementId,
        statut: signalementStatuts.statut,
        at: signalementStatuts.at,
      })
      .from(signalementStatuts)
      .where(
        and(
          inArray(signalementStatuts.signalementId, ids.slice(i, i + 5000)),
          inArray(signalementStatuts.statut, ['pris_en_compte', 'resolu']),
        ),
      );
    for (const h of hist) {
      const e = first.get(h.id) ?? {};
      const key = h.statut === 'resolu' ? 'res' : 'pec';
      if (!e[key] || h.at < e[key]!) e[key] = h.at;
      first.set(h.id, e);
    }
  }
  const groups = new Map<string, typeof rows>();
  for (const r of rows) {
    const k = `${r.partnerId}|${r.categorie}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const lignes: DelaiLigne[] = [...groups.values()].map((g) => {
    const pec: number[] = [];
    const res: number[] = [];
    let in7 = 0;
    let in30 = 0;
    for (const r of g) {
      const t0 = r.transmittedAt!;
      const e = first.get(r.id) ?? {};
      // Solved without a "pris en compte" step: it was taken into account when solved.
      const taken = e.pec && e.res ? (e.pec < e.res ? e.pec : e.res) : (e.pec ?? e.res);
      if (taken) pec.push((taken.getTime() - t0.getTime()) / HOUR);
      if (e.res) {
        res.push((e.res.getTime() - t0.getTime()) / HOUR);
        if (e.res <= addParisDays(t0, 7)) in7++;
        if (e.res <= addParisDays(t0, 30)) in30++;
      }
    }
    return {
      partenaireId: g[0]!.partnerId!,
      partenaireNom: g[0]!.partnerNom,
      categorie: g[0]!.categorie as Categorie,
      transmis: g.length,
      medianePriseEnCompteH: median(pec),
      medianeResolutionH: median(res),
      partResolus7j: Math.round((in7 / g.length) * 1000) / 1000,
      partResolus30j: Math.round((in30 / g.length) * 1000) / 1000,
    };
  });
  lignes.sort(
    (a, b) => a.partenaireNom.localeCompare(b.partenaireNom, 'fr') || a.categorie.localeCompare(b.categorie),
  );
  const enRetard = rows
    .filter(
      (r) =>
        (r.statut === 'transmis' || r.statut === 'pris_en_compte') &&
        addParisDays(r.transmittedAt!, q.seuilRetardJours) < now,
    )
    .map((r) => ({
      id: r.id,
      numero: r.numero,
      categorie: r.categorie as Categorie,
      statut: r.statut as Statut,
      partenaireNom: r.partnerNom,
      transmisLe: r.transmittedAt!.toISOString(),
      joursDepuisTransmission: Math.floor((now.getTime() - r.transmittedAt!.getTime()) / 86_400_000),
    }));
  return { lignes, enRetard };
}
