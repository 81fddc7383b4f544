/**
 * The planning's rules, pure (server and web): who may plan, and what a coordinator relies on —
 * nobody in two shifts at once, no lone tournée unless confirmed, 11 hours of rest, the weekly
 * hours of the contract, cover for an absence. Each rule answers in French, naming the shift and
 * the person. Times are instants; days and weeks are read in Europe/Paris.
 */
import type { Actor } from '../auth/roles';
import { addDays, jourFr, parisDate, parisInstant, parisTime } from '../time/paris';
import {
  type AbsenceType,
  CRENEAU_TYPE_LABELS,
  type CreneauStatut,
  type CreneauType,
  REPOS_MINIMUM_HEURES,
} from './planning.taxonomies';

const HEURE = 3_600_000;

/** Coordination plans the team; direction too. */
export const canManagePlanning = (a: Pick<Actor, 'role'>) =>
  a.role === 'coordinateur' || a.role === 'direction';
/** The team's week is read by the staff who work it or steer it; never by a partner. */
export const canReadPlanning = (a: Pick<Actor, 'role'>) =>
  a.role === 'mediateur' ||
  a.role === 'coordinateur' ||
  a.role === 'direction' ||
  a.role === 'admin' ||
  a.role === 'lecteur';
/** A mediator records their own absences, except sick leave, which coordination enters. */
export function absenceProblem(
  actor: Pick<Actor, 'role' | 'userId'>,
  absence: { mediateurId: string; type: AbsenceType },
): string | null {
  if (canManagePlanning(actor)) return null;
  if (actor.role !== 'mediateur') return 'Seules la coordination et la direction enregistrent les absences.';
  if (absence.mediateurId !== actor.userId) return 'Vous n’enregistrez que vos propres absences.';
  if (absence.type === 'maladie') return 'Un arrêt maladie est saisi par la coordination.';
  return null;
}

export interface Plage {
  debut: Date;
  fin: Date;
}
export interface CreneauRegle extends Plage {
  id: string;
  type: CreneauType;
  statut: CreneauStatut;
  mediateurIds: readonly string[];
}
export interface AbsenceRegle extends Plage {
  id: string;
  mediateurId: string;
  type: AbsenceType;
}
/** A problem or warning about one person on one shift. */
export interface Remarque {
  mediateurId: string;
  creneauId: string;
  message: string;
}

const chevauche = (a: Plage, b: Plage) => a.debut < b.fin && b.debut < a.fin;
const actif = (c: CreneauRegle) => c.statut === 'prevu';
const nomDe = (noms: ReadonlyMap<string, string>, id: string) => noms.get(id) ?? 'Un·e médiateur·rice';

/** « Tournée du 12/03/2027, 17:00–21:00 » (Paris time; the end day when it differs). */
export function libelleCreneau(c: Pick<CreneauRegle, 'type' | 'debut' | 'fin'>): string {
  const jour = parisDate(c.debut);
  const finJour = parisDate(c.fin);
  const fin = finJour === jour ? parisTime(c.fin) : `${jourFr(finJour)} ${parisTime(c.fin)}`;
  return `${CRENEAU_TYPE_LABELS[c.type]} du ${jourFr(jour)}, ${parisTime(c.debut)}–${fin}`;
}

/** Each (person of the candidate, another active shift of that person) pair. */
function* autresCreneaux(candidat: CreneauRegle, autres: readonly CreneauRegle[]) {
  for (const m of candidat.mediateurIds) {
    for (const o of autres) {
      if (o.id !== candidat.id && actif(o) && o.mediateurIds.includes(m)) yield [m, o] as const;
    }
  }
}

/** Each person of the candidate already on another active shift at the same time. */
export function chevauchements(
  candidat: CreneauRegle,
  autres: readonly CreneauRegle[],
  noms: ReadonlyMap<string, string>,
): Remarque[] {
  return [...autresCreneaux(candidat, autres)]
    .filter(([, o]) => chevauche(candidat, o))
    .map(([m, o]) => ({
      mediateurId: m,
      creneauId: o.id,
      message: `${nomDe(noms, m)} est déjà sur « ${libelleCreneau(o)} » à ce moment.`,
    }));
}

/** A tournée goes in pairs unless the coordinator confirms lone work. */
export function travailIsoleProblem(
  c: Pick<CreneauRegle, 'type' | 'mediateurIds'>,
  confirme: boolean,
): string | null {
  if (c.type !== 'tournee' || c.mediateurIds.length >= 2 || confirme) return null;
  return c.mediateurIds.length === 0
    ? 'Une tournée se fait à deux : choisissez les médiateur·rices.'
    : 'Une tournée se fait à deux : ajoutez un·e médiateur·rice, ou confirmez le travail isolé.';
}

/**
 * Rest shorter than 11 hours between two shifts of one person on different days (an evening,
 * then the next morning). Two shifts of the same day are one working day, not a rest.
 */
export function avertissementsRepos(
  candidat: CreneauRegle,
  autres: readonly CreneauRegle[],
  noms: ReadonlyMap<string, string>,
): Remarque[] {
  const out: Remarque[] = [];
  for (const [m, o] of autresCreneaux(candidat, autres)) {
    if (chevauche(candidat, o)) continue;
    const [avant, apres] = o.fin <= candidat.debut ? [o, candidat] : [candidat, o];
    if (parisDate(avant.debut) === parisDate(apres.debut)) continue;
    const heures = (apres.debut.getTime() - avant.fin.getTime()) / HEURE;
    if (heures >= REPOS_MINIMUM_HEURES) continue;
    out.push({
      mediateurId: m,
      creneauId: o.id,
      message: `${nomDe(noms, m)} : ${formatHeures(heures)} de repos seulement entre « ${libelleCreneau(avant)} » et « ${libelleCreneau(apres)} » (${REPOS_MINIMUM_HEURES} h au minimum).`,
    });
  }
  return out;
}

/** Monday (Paris day) of the week of a Paris day. */
export function lundi(jour: string): string {
  const dow = new Date(`${jour}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(jour, -((dow + 6) % 7));
}

/** The [Monday 00:00, next Monday 00:00) of a shift's week, in Paris. */
export function semaineDe(instant: Date): Plage & { lundi: string } {
  const l = lundi(parisDate(instant));
  return { lundi: l, debut: parisInstant(l), fin: parisInstant(addDays(l, 7)) };
}

/** Hours of active shifts of one person that start within a range. */
export function heuresPlanifiees(
  mediateurId: string,
  creneaux: readonly CreneauRegle[],
  plage: Plage,
): number {
  let ms = 0;
  for (const c of creneaux) {
    if (!actif(c) || !c.mediateurIds.includes(mediateurId)) continue;
    if (c.debut >= plage.debut && c.debut < plage.fin) ms += c.fin.getTime() - c.debut.getTime();
  }
  return ms / HEURE;
}

/** Each person whose week, with the candidate, passes the weekly hours of their contract. */
export function avertissementsHeures(
  candidat: CreneauRegle,
  autres: readonly CreneauRegle[],
  contrats: ReadonlyMap<string, number | null>,
  noms: ReadonlyMap<string, string>,
): Remarque[] {
  const semaine = semaineDe(candidat.debut);
  const tous = [...autres.filter((o) => o.id !== candidat.id), candidat];
  const out: Remarque[] = [];
  for (const m of candidat.mediateurIds) {
    const contrat = contrats.get(m);
    if (contrat == null) continue;
    const heures = heuresPlanifiees(m, tous, semaine);
    if (heures <= contrat) continue;
    out.push({
      mediateurId: m,
      creneauId: candidat.id,
      message: `${nomDe(noms, m)} : ${formatHeures(heures)} planifiées la semaine du ${jourFr(semaine.lundi)}, pour ${formatHeures(contrat)} au contrat (avec « ${libelleCreneau(candidat)} »).`,
    });
  }
  return out;
}

/** The people of each shift who are absent during it: the shift is to be covered. */
export function absentsParCreneau(
  creneaux: readonly CreneauRegle[],
  absences: readonly AbsenceRegle[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of creneaux) {
    if (!actif(c)) continue;
    const absents = c.mediateurIds.filter((m) =>
      absences.some((a) => a.mediateurId === m && chevauche(a, c)),
    );
    if (absents.length) out.set(c.id, absents);
  }
  return out;
}

/**
 * Colleagues who could cover a shift: not on it, on no other shift and not absent at that time;
 * fewest planned hours that week first, then by name.
 */
export function remplacants(
  creneau: CreneauRegle,
  equipe: ReadonlyArray<{ id: string; nom: string }>,
  creneaux: readonly CreneauRegle[],
  absences: readonly AbsenceRegle[],
): Array<{ id: string; nom: string; heuresSemaine: number }> {
  const semaine = semaineDe(creneau.debut);
  return equipe
    .filter((p) => !creneau.mediateurIds.includes(p.id))
    .filter(
      (p) =>
        !creneaux.some(
          (c) => c.id !== creneau.id && actif(c) && c.mediateurIds.includes(p.id) && chevauche(c, creneau),
        ),
    )
    .filter((p) => !absences.some((a) => a.mediateurId === p.id && chevauche(a, creneau)))
    .map((p) => ({ ...p, heuresSemaine: heuresPlanifiees(p.id, creneaux, semaine) }))
    .sort((a, b) => a.heuresSemaine - b.heuresSemaine || a.nom.localeCompare(b.nom, 'fr'));
}

/** « 9 h », « 9 h 30 ». */
export function formatHeures(heures: number): string {
  const minutes = Math.round(heures * 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${String(m).padStart(2, '0')}` : `${h} h`;
}
