/** Residents' projects (issue 14, part 4): who may do what, and how a project's status moves. */
import { type Actor, isStaff } from '../auth/roles';
import { PROJET_STATUT_LIST, type ProjetStatut } from './projet.taxonomies';

/** Every staff role reads projects (direction and readers included); partners do not. */
export const canReadProjets = (a: Pick<Actor, 'role'>) => isStaff(a);

/** Field roles and coordination create projects and record their support steps. */
export const canCreateProjet = (a: Pick<Actor, 'role'>) =>
  a.role === 'mediateur' || a.role === 'coordinateur' || a.role === 'admin';
export const canAddEtapeProjet = canCreateProjet;

/** Coordination changes a project (status included) and its funding. */
export const canManageProjet = (a: Pick<Actor, 'role'>) => a.role === 'coordinateur' || a.role === 'admin';

/** A step is removed by coordination, or by the mediator who recorded it (a mistaken entry). */
export const canDeleteEtapeProjet = (
  a: Pick<Actor, 'role' | 'userId'>,
  etape: { createdBy: string | null },
) => canManageProjet(a) || (a.role === 'mediateur' && etape.createdBy === a.userId);

/**
 * Allowed status changes: an idea becomes supported or is dropped; a supported project is
 * carried out or abandoned; an abandoned one may be taken up again; a carried-out one is final.
 */
export const PROJET_TRANSITIONS: Record<ProjetStatut, readonly ProjetStatut[]> = {
  idee: ['accompagne', 'abandonne'],
  accompagne: ['realise', 'abandonne'],
  realise: [],
  abandonne: ['accompagne'],
};

/** Why `from` cannot become `to` (in French), or null when it can (the same status is no change). */
export function transitionProjetError(from: ProjetStatut, to: ProjetStatut): string | null {
  if (from === to || PROJET_TRANSITIONS[from].includes(to)) return null;
  const de = PROJET_STATUT_LIST.label(from).toLowerCase();
  const vers = PROJET_STATUT_LIST.label(to).toLowerCase();
  if (PROJET_TRANSITIONS[from].length === 0) {
    return `Un projet ${de} ne change plus de statut.`;
  }
  const possibles = PROJET_TRANSITIONS[from].map((s) => `« ${PROJET_STATUT_LIST.label(s).toLowerCase()} »`);
  return `Un projet ${de} ne peut pas passer à « ${vers} » : statut possible ${possibles.join(' ou ')}.`;
}
