import OpeningHoursModule from 'opening_hours';
import { parisParts } from '../../../../domain/main-courante/creneau';

// opening_hours ships CommonJS with a default export
const OpeningHours = ((OpeningHoursModule as unknown as { default?: typeof OpeningHoursModule }).default ??
  OpeningHoursModule) as typeof OpeningHoursModule;

const NOMINATIM = {
  lat: 43.3,
  lon: 5.4,
  address: { country_code: 'fr', state: 'Provence-Alpes-Côte d’Azur' },
};

function parse(value: string): InstanceType<typeof OpeningHours> | null {
  try {
    return new OpeningHours(value, NOMINATIM);
  } catch {
    return null;
  }
}

/**
 * The wall-clock time of Paris as a Date whose *local* fields carry it: opening_hours reads local
 * fields, and the server may run in UTC.
 */
function parisWallClock(instant: Date): Date {
  const p = parisParts(instant);
  return new Date(p.year, p.month - 1, p.day, p.hour, p.minute);
}

/** Whether a service is open at this instant, in Paris time; null if its hours cannot be read. */
export function isOpenAt(value: string | null, instant: Date): boolean | null {
  if (!value) return null;
  const oh = parse(value);
  if (!oh) return null;
  try {
    return oh.getState(parisWallClock(instant));
  } catch {
    return null;
  }
}

const DAYS: Record<string, string> = {
  'lun.': 'lundi',
  'mar.': 'mardi',
  'mer.': 'mercredi',
  'jeu.': 'jeudi',
  'ven.': 'vendredi',
  'sam.': 'samedi',
  'dim.': 'dimanche',
};
const day = (d: string) => DAYS[d] ?? d;
const hour = (hhmm: string) => {
  const [h, m] = hhmm.split(':');
  return `${Number(h)} h${m && m !== '00' ? ` ${m}` : ''}`;
};

/** OSM opening hours in plain French, e.g. "du lundi au vendredi de 9 h à 12 h et de 14 h à 17 h". */
export function describeHoraires(value: string | null): string | null {
  if (!value) return null;
  const oh = parse(value);
  if (!oh) return value;
  // The runtime reads options under `conf` (the bundled typings say otherwise).
  const options = { conf: { locale: 'fr', rule_sep_string: '\n', print_semicolon: false } };
  const pretty = oh.prettifyValue(options as unknown as Parameters<typeof oh.prettifyValue>[0]);
  return pretty
    .split('\n')
    .map((rule) =>
      rule
        .replace(
          /(lun\.|mar\.|mer\.|jeu\.|ven\.|sam\.|dim\.)-(lun\.|mar\.|mer\.|jeu\.|ven\.|sam\.|dim\.)/g,
          (_, a, b) => `du ${day(a)} au ${day(b)}`,
        )
        .replace(/(lun\.|mar\.|mer\.|jeu\.|ven\.|sam\.|dim\.)/g, (d) => `le ${day(d)}`)
        .replace(/(\d{2}:\d{2})-(\d{2}:\d{2})/g, (_, a, b) => `de ${hour(a)} à ${hour(b)}`)
        .replace(/,(?=de )/g, ' et ')
        .replace(/,/g, ', ')
        .replace(/^jours fériés fermé$/, 'fermé les jours fériés')
        .replace(/^24\/7$/, 'tous les jours, 24 h sur 24')
        .replace(/, le /g, ', ')
        .trim(),
    )
    .join(' ; ');
}
