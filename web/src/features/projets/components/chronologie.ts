/**
 * The project page's timeline as one list, newest first: the server's steps and funding (dated
 * by day), the status changes (dated by the instant they were saved) and the creation.
 */
import type { EtapeProjetView, FinancementView, ProjetView } from '@domain/projets/projet.schema';
import type { ProjetStatut } from '@domain/projets/projet.taxonomies';
import { parisDate, parisTime } from '@domain/time/paris';

export type Evenement =
  | EtapeProjetView
  | FinancementView
  | { type: 'statut'; id: string; date: string; statut: ProjetStatut; de: ProjetStatut }
  | { type: 'creation'; id: string; date: string; statut: ProjetStatut };

/** A day and a time to sort by: a day-only entry sorts at the end of its day, after its changes. */
const cle = (date: string, heure = '24:00') => `${date}T${heure}`;

export function chronologie(p: Pick<ProjetView, 'chronologie' | 'statuts' | 'creeLe'>): Evenement[] {
  const statuts = [...p.statuts].sort((a, b) => a.le.localeCompare(b.le));
  const avecCle: Array<{ cle: string; rang: number; e: Evenement }> = [];
  const premier = statuts[0];
  const cree = new Date(p.creeLe);
  avecCle.push({
    cle: cle(parisDate(cree), parisTime(cree)),
    rang: 0,
    e: { type: 'creation', id: 'creation', date: parisDate(cree), statut: premier?.statut ?? 'idee' },
  });
  statuts.slice(1).forEach((s, i) => {
    const le = new Date(s.le);
    avecCle.push({
      cle: cle(parisDate(le), parisTime(le)),
      rang: i + 1,
      e: {
        type: 'statut',
        id: `statut-${i + 1}`,
        date: parisDate(le),
        statut: s.statut,
        de: statuts[i]!.statut,
      },
    });
  });
  // The server's order (newest first) is kept among entries of the same day.
  const n = p.chronologie.length;
  p.chronologie.forEach((e, i) => {
    avecCle.push({ cle: cle(e.date), rang: n - i, e });
  });
  return avecCle.sort((a, b) => b.cle.localeCompare(a.cle) || b.rang - a.rang).map((x) => x.e);
}

/** Decimal hours in French (« 2,5 h »), as the bilan counts them. */
export const heuresFr = (h: number) => `${h.toLocaleString('fr-FR', { maximumFractionDigits: 2 })} h`;

/** « 1 500,00 € » with a non-breaking space, as a French reader writes it. */
export const eurosFr = (m: number) =>
  m.toLocaleString('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });

/** What the funder answered: waiting, refused (0 obtained) or obtained. */
export function reponseFinanceur(f: Pick<FinancementView, 'montantObtenu'>): 'attente' | 'refuse' | 'obtenu' {
  if (f.montantObtenu === null) return 'attente';
  return f.montantObtenu === 0 ? 'refuse' : 'obtenu';
}
