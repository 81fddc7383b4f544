/**
 * The report of a convention: the activity report on its perimeter and period, each objective
 * against what was done. Definitions in docs/rapports.md (section Conventions), ADR 012.
 */
import {
  type ConventionRapport,
  type ConventionRapportQuery,
  type ConventionView,
  objectifsRealises,
} from '../../../../domain/conventions/convention.schema';
import { validationFailed } from '../../../../domain/errors';
import { mediateursVisibles } from '../../../../domain/rapports/rapport.rules';
import type { ServiceContext } from '../../lib/context';
import { computeRapport, type RapportPerimetre, rapportPerimetre } from '../rapports';
import { getConvention } from './conventions.service';

/**
 * The convention's QPV and places, each kept only where the actor covers its QPV; no QPV and no
 * place means the whole structure (as far as the actor covers it). The QPV of the places join
 * the `par_qpv` lines, so that they add up to the totals.
 */
export async function conventionPerimetre(ctx: ServiceContext, c: ConventionView): Promise<RapportPerimetre> {
  const base = await rapportPerimetre(ctx, []);
  if (c.territoires.length === 0 && c.lieux.length === 0) return base;
  const couverts = new Map(base.territoires.map((t) => [t.id, t]));
  const territoires = c.territoires.flatMap((t) => couverts.get(t.id) ?? []);
  const lieux = c.lieux.filter((l) => couverts.has(l.territoireId));
  const lignes = new Map(territoires.map((t) => [t.id, t]));
  for (const l of lieux) lignes.set(l.territoireId, couverts.get(l.territoireId)!);
  return {
    ...base,
    territoires,
    lieuIds: lieux.map((l) => l.id),
    parQpv: [...lignes.values()].sort((a, b) => a.qpvCode.localeCompare(b.qpvCode)),
    filtre: true,
  };
}

/** The period asked for, clamped to the convention's; 400 when nothing of it is left. */
export function conventionPeriode(
  c: Pick<ConventionView, 'du' | 'au'>,
  q: Pick<ConventionRapportQuery, 'du' | 'au'>,
) {
  const du = q.du && q.du > c.du ? q.du : c.du;
  const au = q.au && q.au < c.au ? q.au : c.au;
  if (du > au) {
    const champ = q.du && q.du > c.au ? 'du' : 'au';
    throw validationFailed('La période demandée est en dehors de celle de la convention.', [
      { champ, message: 'Date en dehors de la période de la convention.' },
    ]);
  }
  return { du, au };
}

/** The convention, its clamped period, its objectives against what was done, and the report. */
export async function conventionRapport(
  ctx: ServiceContext,
  id: string,
  q: ConventionRapportQuery,
): Promise<ConventionRapport & { perimetre: RapportPerimetre }> {
  const convention = await getConvention(ctx, id);
  const periode = conventionPeriode(convention, q);
  const perimetre = await conventionPerimetre(ctx, convention);
  const rapport = await computeRapport(
    ctx.db,
    perimetre,
    periode.du,
    periode.au,
    mediateursVisibles(ctx.actor),
  );
  return {
    convention,
    periode,
    objectifs: objectifsRealises(convention.objectifs, rapport),
    rapport,
    perimetre,
  };
}
