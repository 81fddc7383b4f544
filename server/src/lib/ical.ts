/**
 * iCalendar (RFC 5545) text shared by the planning's feeds and the public agenda (ADR 035): a
 * VTIMEZONE for Europe/Paris, each event a VEVENT with a stable UID and its Paris wall-clock
 * times, lines escaped and folded. What goes in the events is each caller's business.
 */
import { pad2, parisDate, parisTime } from '../../../domain/time/paris';

const HOUR = 3_600_000;

/** One VEVENT: texts unescaped (escaped here), instants as Date. */
export interface Vevent {
  uid: string;
  debut: Date;
  fin: Date;
  modifie: Date;
  summary: string;
  location?: string | null;
  description?: string | null;
  sequence?: number;
  annule?: boolean;
}

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** UTC form: 20270312T160000Z. */
const utc = (d: Date) =>
  `${d.getUTCFullYear()}${pad2(d.getUTCMonth() + 1)}${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}${pad2(d.getUTCMinutes())}${pad2(d.getUTCSeconds())}Z`;

/**
 * `DTSTART;TZID=Europe/Paris:20270312T170000`; in the hour the autumn change repeats, where a
 * Paris wall-clock time names two instants, the unambiguous UTC form instead.
 */
function dateProp(name: string, d: Date): string {
  const [day, time] = [parisDate(d), parisTime(d)];
  const twin = [-HOUR, HOUR].some((delta) => {
    const other = new Date(d.getTime() + delta);
    return parisDate(other) === day && parisTime(other) === time;
  });
  if (twin) return `${name}:${utc(d)}`;
  return `${name};TZID=Europe/Paris:${day.replaceAll('-', '')}T${time.replace(':', '')}${pad2(d.getUTCSeconds())}`;
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
const text = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines of at most 75 octets, continued by a space (§3.1), never cutting a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    if (octets + n > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** A VCALENDAR (CRLF lines, folded) of `events`, named `nom`, with the Paris VTIMEZONE. */
export function icalCalendar(o: {
  produit: string;
  nom: string;
  events: readonly Vevent[];
  now: Date;
}): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Trame//${o.produit}//FR`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(o.nom)}`,
    'X-WR-TIMEZONE:Europe/Paris',
    ...VTIMEZONE,
  ];
  for (const e of o.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${utc(o.now)}`,
      `LAST-MODIFIED:${utc(e.modifie)}`,
      dateProp('DTSTART', e.debut),
      dateProp('DTEND', e.fin),
      `SUMMARY:${text(e.summary)}`,
      ...(e.location ? [`LOCATION:${text(e.location)}`] : []),
      ...(e.description ? [`DESCRIPTION:${text(e.description)}`] : []),
      ...(e.sequence !== undefined ? [`SEQUENCE:${e.sequence}`] : []),
      `STATUS:${e.annule ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
