/**
 * The hotspot map of a period: contacts counted per located place, signalements per grid cell,
 * over the report's perimeter (same period, structure and territories). Definitions: docs/rapports.md.
 */
import { sql } from 'drizzle-orm';
import {
  CARTE_PAS_DEGRES,
  type CarteCellule,
  type CarteLieu,
  type RapportCarte,
} from '../../../../domain/rapports/rapport-carte.schema';
import type { Categorie } from '../../../../domain/signalements/signalement.taxonomies';
import type { DbOrTx } from '../../db/client';
import type { ServiceContext } from '../../lib/context';
import { bornes, dansPerimetre, parseJson } from './rapports.sections-sql';
import {
  copies,
  perimetreFilter,
  type RapportPerimetre,
  type RapportPeriode,
  rapportPerimetre,
} from './rapports.service';
import { cont, place, sig, terr } from './rapports.sources';

type Json<T> = T[] | string | null;
interface LieuRow {
  place_id: string | null;
  nom: string | null;
  qpv: string | null;
  latitude: number | null;
  longitude: number | null;
  n: number;
  personnes: number;
}
interface CelluleRow {
  latitude: number | null;
  longitude: number | null;
  categorie: string;
  n: number;
}

/** Computes the map of [du, au] on a perimeter: one statement, a few hundred grouped rows at most. */
export async function computeCarte(
  db: DbOrTx,
  p: RapportPerimetre,
  du: string,
  au: string,
): Promise<RapportCarte> {
  const { from, to } = bornes(du, au);
  const structure = sql`${p.structureId}::uuid`;
  const pas = sql.raw(String(CARTE_PAS_DEGRES));
  const [k, pl, t, s] = [cont.t, place.t, terr.t, sig.t];
  const res = (await db.execute(sql`
    with c as (
      -- A contact is placed where it was logged, else where its activity took place (its copy, ADR 013).
      select coalesce(${k.placeId}, ${k.activitePlaceId}) as place_id, count(*)::int as n,
        sum(${k.nbPersonnes})::int as personnes
      from ${cont.from} where ${k.deletedAt} is null and ${perimetreFilter(p, du, au, copies(k))}
      group by 1
    ), l as (
      select c.place_id, ${pl.nom} as nom, ${t.qpvCode} as qpv, ${pl.latitude} as latitude,
        ${pl.longitude} as longitude, c.n, c.personnes
      from c left join ${place.from} on ${pl.id} = c.place_id and ${pl.structureId} = ${structure}
      left join ${terr.from} on ${t.id} = ${pl.territoryId}
    ), s as (
      -- The GPS point, else the place's coordinates.
      select ${s.categorie} as categorie,
        case when ${s.latitude} is null or ${s.longitude} is null then ${pl.latitude} else ${s.latitude} end as lat,
        case when ${s.latitude} is null or ${s.longitude} is null then ${pl.longitude} else ${s.longitude} end as lon
      from ${sig.from} left join ${place.from} on ${pl.id} = ${s.placeId} and ${pl.structureId} = ${s.structureId}
      where ${s.structureId} = ${structure} and ${s.observedAt} >= ${from}::timestamptz
        and ${s.observedAt} < ${to}::timestamptz and ${dansPerimetre(p, sql`${s.territoryId}`, sql`${s.placeId}`)}
    ), g as (
      select case when lat is null or lon is null then null
          else (round(lat::numeric / ${pas}) * ${pas})::float8 end as latitude,
        case when lat is null or lon is null then null
          else (round(lon::numeric / ${pas}) * ${pas})::float8 end as longitude,
        categorie, count(*)::int as n
      from s group by 1, 2, 3
    )
    select (select json_agg(l) from l) as lieux, (select json_agg(g) from g) as cellules`)) as unknown as {
    rows: Array<{ lieux: Json<LieuRow>; cellules: Json<CelluleRow> }>;
  };
  const row = res.rows[0]!;
  const lieux: CarteLieu[] = [];
  const nonLocalises = { contacts: 0, personnes: 0 };
  for (const r of parseJson(row.lieux)) {
    if (r.place_id === null || r.latitude === null || r.longitude === null) {
      nonLocalises.contacts += Number(r.n);
      nonLocalises.personnes += Number(r.personnes);
      continue;
    }
    lieux.push({
      id: r.place_id,
      nom: r.nom ?? '',
      qpv: r.qpv ?? '',
      latitude: Number(r.latitude),
      longitude: Number(r.longitude),
      contacts: Number(r.n),
      personnes: Number(r.personnes),
    });
  }
  const cellules = new Map<string, CarteCellule>();
  let sansPosition = 0;
  for (const r of parseJson(row.cellules)) {
    if (r.latitude === null || r.longitude === null) {
      sansPosition += Number(r.n);
      continue;
    }
    // Rounded to 6 decimals (≈ 0.1 m): the grid centres print as 43.3425, not 43.342500000000001.
    const lat = Math.round(Number(r.latitude) * 1e6) / 1e6;
    const lon = Math.round(Number(r.longitude) * 1e6) / 1e6;
    const key = `${lat}:${lon}`;
    const cell = cellules.get(key) ?? { latitude: lat, longitude: lon, nombre: 0, par_categorie: {} };
    cell.nombre += Number(r.n);
    const cat = r.categorie as Categorie;
    cell.par_categorie[cat] = (cell.par_categorie[cat] ?? 0) + Number(r.n);
    cellules.set(key, cell);
  }
  const byCoords = (x: { latitude: number; longitude: number }, y: { latitude: number; longitude: number }) =>
    x.latitude - y.latitude || x.longitude - y.longitude;
  return {
    periode: { du, au },
    contacts: {
      lieux: lieux.sort((x, y) => y.personnes - x.personnes || x.nom.localeCompare(y.nom, 'fr')),
      non_localises: nonLocalises,
    },
    signalements: {
      cellules: [...cellules.values()].sort((x, y) => y.nombre - x.nombre || byCoords(x, y)),
      non_localises: sansPosition,
    },
  };
}

/** The map the actor asked for, on the perimeter of their report. */
export async function rapportCarte(ctx: ServiceContext, q: RapportPeriode): Promise<RapportCarte> {
  const perimetre = await rapportPerimetre(ctx, q.qpv);
  return computeCarte(ctx.db, perimetre, q.du, q.au);
}
