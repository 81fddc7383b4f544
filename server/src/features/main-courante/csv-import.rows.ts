/** One line of the main courante CSV (TAXONOMIES.md) → a staged contact, or its faults by column. */
import { randomUUID } from 'node:crypto';
import {
  COMMENTAIRE_MAX,
  NB_PERSONNES_MAX,
  periodeError,
} from '../../../../domain/main-courante/activite.schema';
import { addDays, parisInstant, periode } from '../../../../domain/main-courante/creneau';
import {
  CADRES,
  GENRE_DEFAUT,
  GENRES,
  NATURES,
  PUBLIC_DEFAUT,
  PUBLICS,
} from '../../../../domain/main-courante/main-courante.taxonomies';
import { sansCaracteresInterdits } from '../../../../domain/zod-fr';
import { unneutraliseCell } from '../../lib/csv';
import { type CsvColumn, type Fault, type HeaderIndex, parseDate, parseTime } from './csv-format';
import { uuidV5 } from './main-courante.ids';

/** A night that ends after midnight: the end is the next day, at most this long after the start. */
export const NUIT_MAX_HEURES = 12;
const LIEU_MAX = 160;

export interface ImportRefs {
  structureId: string;
  /** QPV code → territory; `covered` false when the importer does not work on it. */
  territories: Map<string, { id: string; covered: boolean }>;
  /** Lower-cased e-mail → user id, for accounts that can be listed as present (inactive ones too: old logs). */
  mediators: Map<string, string>;
  /** `${territoryId}|${lower-cased name}` → place; `created` for places this import adds. */
  places: Map<
    string,
    { id: string; sectorId: string | null; nom: string; territoryId: string; created: boolean }
  >;
}

export interface StagedRow {
  line: number;
  activiteId: string;
  contactId: string;
  territoryId: string;
  sectorId: string | null;
  placeId: string | null;
  cadre: string;
  debut: Date;
  fin: Date;
  creneau: string;
  dureeMinutes: number | null;
  mediateurIds: string[];
  nature: string;
  nbPersonnes: number;
  public: string;
  genre: string;
  commentaire: string | null;
}

type Frame = Pick<
  StagedRow,
  | 'activiteId'
  | 'territoryId'
  | 'sectorId'
  | 'placeId'
  | 'cadre'
  | 'debut'
  | 'fin'
  | 'creneau'
  | 'dureeMinutes'
  | 'mediateurIds'
>;

const DATE_MSG = 'Date invalide : attendu AAAA-MM-JJ ou JJ/MM/AAAA.';
const TIME_MSG = 'Heure invalide : attendu HH:MM.';
const codeMsg = (what: string, codes: readonly string[]) =>
  `${what} inconnu : codes admis ${codes.join(', ')}.`;

/**
 * Parses rows; the frame of an activity (its first seven columns) is cached, since the rows of
 * an activity repeat it. Contact ids count identical lines of an activity, so that duplicates
 * stay distinct contacts and a second import finds the same ids.
 */
export class RowParser {
  private frames = new Map<string, Frame | Fault[]>();
  private occurrences = new Map<string, number>();

  constructor(
    private readonly refs: ImportRefs,
    private readonly index: HeaderIndex,
  ) {}

  parse(line: number, fields: string[]): { row: StagedRow } | { faults: Fault[]; activiteId: string | null } {
    const cell = (c: CsvColumn) => {
      const i = this.index[c];
      return i === undefined ? '' : unneutraliseCell((fields[i] ?? '').trim());
    };
    const frameKey = ['date', 'heure_debut', 'heure_fin', 'cadre', 'qpv', 'lieu', 'mediateurs']
      .map((c) => cell(c as CsvColumn))
      .join('\u0000');
    let frame = this.frames.get(frameKey);
    if (!frame) {
      if (this.frames.size > 10_000) this.frames.clear();
      frame = this.parseFrame(cell);
      this.frames.set(frameKey, frame);
    }
    const faults: Fault[] = Array.isArray(frame) ? [...frame] : [];
    const nature = cell('nature');
    if (!(NATURES as readonly string[]).includes(nature))
      faults.push({ colonne: 'nature', message: codeMsg('Nature', NATURES) });
    const nbText = cell('nb_personnes');
    const nb = /^\d+$/.test(nbText) ? Number(nbText) : Number.NaN;
    if (!(nb >= 1 && nb <= NB_PERSONNES_MAX)) {
      faults.push({
        colonne: 'nb_personnes',
        message: `Nombre de personnes invalide : entier de 1 à ${NB_PERSONNES_MAX}.`,
      });
    }
    const pub = cell('public') || PUBLIC_DEFAUT;
    if (!(PUBLICS as readonly string[]).includes(pub))
      faults.push({ colonne: 'public', message: codeMsg('Public', PUBLICS) });
    const genre = cell('genre') || GENRE_DEFAUT;
    if (!(GENRES as readonly string[]).includes(genre))
      faults.push({ colonne: 'genre', message: codeMsg('Genre', GENRES) });
    // Free text follows the input rule: control characters and lone surrogates go; codes are compared as sent.
    const commentaire = sansCaracteresInterdits(cell('commentaire')).trim() || null;
    if (commentaire && commentaire.length > COMMENTAIRE_MAX) {
      faults.push({
        colonne: 'commentaire',
        message: `Commentaire trop long : ${COMMENTAIRE_MAX} caractères au plus.`,
      });
    }
    if (Array.isArray(frame)) return { faults, activiteId: null };
    if (faults.length) return { faults, activiteId: frame.activiteId };
    const content = [nature, nb, pub, genre, commentaire ?? ''].join('\u0000');
    const occKey = `${frame.activiteId}\u0000${content}`;
    const n = (this.occurrences.get(occKey) ?? 0) + 1;
    this.occurrences.set(occKey, n);
    const contactId = uuidV5(
      `contact\u0000${frame.activiteId}\u0000${content}\u0000${n}`,
      this.refs.structureId,
    );
    return { row: { line, ...frame, contactId, nature, nbPersonnes: nb, public: pub, genre, commentaire } };
  }

  private parseFrame(cell: (c: CsvColumn) => string): Frame | Fault[] {
    const faults: Fault[] = [];
    const date = parseDate(cell('date'));
    if (!date) faults.push({ colonne: 'date', message: DATE_MSG });
    const hd = parseTime(cell('heure_debut'));
    if (!hd) faults.push({ colonne: 'heure_debut', message: TIME_MSG });
    const hf = parseTime(cell('heure_fin'));
    if (!hf) faults.push({ colonne: 'heure_fin', message: TIME_MSG });
    const cadre = cell('cadre');
    if (!(CADRES as readonly string[]).includes(cadre))
      faults.push({ colonne: 'cadre', message: codeMsg('Cadre', CADRES) });
    const qpv = cell('qpv').toUpperCase();
    const territory = this.refs.territories.get(qpv);
    if (!territory) {
      faults.push({ colonne: 'qpv', message: 'QPV absent des territoires de votre structure.' });
    } else if (!territory.covered) {
      faults.push({ colonne: 'qpv', message: 'QPV hors des territoires sur lesquels vous travaillez.' });
    }
    const emails = [
      ...new Set(
        cell('mediateurs')
          .split('|')
          .map((e) => e.trim().toLowerCase())
          .filter(Boolean),
      ),
    ].sort();
    if (emails.length === 0)
      faults.push({ colonne: 'mediateurs', message: 'Au moins un·e médiateur·rice (e-mail).' });
    const mediateurIds: string[] = [];
    emails.forEach((email, i) => {
      const id = this.refs.mediators.get(email);
      if (id) mediateurIds.push(id);
      else {
        faults.push({
          colonne: 'mediateurs',
          message: `Médiateur·rice n° ${i + 1} (ordre alphabétique) inconnu·e parmi les médiateur·rices et coordinateur·rices de votre structure.`,
        });
      }
    });
    const lieu = sansCaracteresInterdits(cell('lieu')).replace(/\s+/g, ' ').trim();
    if (lieu.length > LIEU_MAX)
      faults.push({ colonne: 'lieu', message: `Nom de lieu trop long : ${LIEU_MAX} caractères au plus.` });
    let period: { debut: Date; fin: Date } | null = null;
    if (date && hd && hf) {
      period = this.period(date, hd, hf, faults);
    }
    if (faults.length || !territory || !period) return faults;
    const place = lieu ? this.place(territory.id, lieu) : null;
    const key = [date, hd, hf, cadre, qpv, lieu.toLowerCase(), emails.join(',')].join('\u0000');
    return {
      activiteId: uuidV5(`activite\u0000${key}`, this.refs.structureId),
      territoryId: territory.id,
      sectorId: place?.sectorId ?? null,
      placeId: place?.id ?? null,
      cadre,
      ...period,
      ...periode(period.debut, period.fin),
      mediateurIds: mediateurIds.sort(),
    };
  }

  private period(date: string, hd: string, hf: string, faults: Fault[]) {
    const debut = parisInstant(date, hd);
    if (hf === hd) {
      faults.push({ colonne: 'heure_fin', message: 'L’heure de fin est égale à l’heure de début.' });
      return null;
    }
    const fin = parisInstant(hf > hd ? date : addDays(date, 1), hf);
    const nuit = hf < hd && fin.getTime() - debut.getTime() > NUIT_MAX_HEURES * 3_600_000;
    const error = nuit
      ? `La fin (${hf}) précède le début (${hd}) : une fin après minuit n’est admise que ${NUIT_MAX_HEURES} h au plus après le début.`
      : periodeError(debut, fin);
    if (error) {
      faults.push({ colonne: 'heure_fin', message: error });
      return null;
    }
    return { debut, fin };
  }

  /** A place of the territory by name (case-insensitive), created on first use if unknown. */
  private place(territoryId: string, nom: string) {
    const key = `${territoryId}|${nom.toLowerCase()}`;
    let place = this.refs.places.get(key);
    if (!place) {
      place = { id: randomUUID(), sectorId: null, nom, territoryId, created: true };
      this.refs.places.set(key, place);
    }
    return place;
  }
}
