/** Calendar arithmetic in Europe/Paris, right across daylight-saving changes. */
const fmt = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Paris wall-clock time of an instant, as fields. */
function wall(d: Date) {
  const p = Object.fromEntries(fmt.formatToParts(d).map((x) => [x.type, x.value]));
  return { y: +p.year!, m: +p.month!, d: +p.day!, h: +p.hour!, mi: +p.minute!, s: +p.second! };
}

/** Offset of Paris from UTC at an instant, in ms. */
const offsetAt = (t: number) => {
  const w = wall(new Date(t));
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s) - Math.floor(t / 1000) * 1000;
};

/** The instant of a Paris wall-clock time (in a DST gap: shifted forward, as clocks do). */
export function parisWallToInstant(y: number, m: number, d: number, h = 0, mi = 0, s = 0, ms = 0): Date {
  const asUtc = Date.UTC(y, m - 1, d, h, mi, s, ms);
  let t = asUtc - offsetAt(asUtc);
  t = asUtc - offsetAt(t);
  return new Date(t);
}

/** Same Paris wall-clock time `days` calendar days later (not days × 24 h). */
export function addParisDays(date: Date, days: number): Date {
  const w = wall(date);
  return parisWallToInstant(w.y, w.m, w.d + days, w.h, w.mi, w.s, date.getUTCMilliseconds());
}

/** Start of a Paris calendar day given as YYYY-MM-DD. */
export function parisDayStart(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return parisWallToInstant(y!, m!, d!);
}

/** ISO 8601 with the Paris offset, e.g. 2026-03-25T10:00:00+01:00 (Open311 wants an offset). */
export function toParisIso(date: Date): string {
  const w = wall(date);
  const off = Math.round(offsetAt(date.getTime()) / 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const sign = off >= 0 ? '+' : '-';
  const abs = Math.abs(off);
  return `${w.y}-${pad(w.m)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
