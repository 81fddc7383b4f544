import { enqueue } from '../../../lib/outbox';
import { type Comptage, ecrireComptage, lireComptage, versLignes } from './comptage';
import { actionPath } from './keys';

/**
 * Hands the whole tally to the outbox (`PUT /api/actions/:id/participation` replaces the counts:
 * a repeated or late request never adds twice). A count without personal data: it stays through
 * a sign-out, like the tournée's.
 */
export async function envoyerComptage(userId: string, actionId: string): Promise<void> {
  const c: Comptage | null = lireComptage(userId, actionId);
  if (!c || c.envoye) return;
  ecrireComptage({ ...c, envoye: true });
  try {
    await enqueue({
      userId,
      method: 'PUT',
      path: `${actionPath(actionId)}/participation`,
      label: 'Comptage à l’entrée',
      anonyme: true,
      body: { comptes: versLignes(c.comptes) },
    });
  } catch (error) {
    // Not stored: the tally stays to send (at the next tap, the next visit).
    const latest = lireComptage(userId, actionId);
    if (latest) ecrireComptage({ ...latest, envoye: false });
    throw error;
  }
}
