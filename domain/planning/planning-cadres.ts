/**
 * Which activity `cadre` of the main courante a planned shift type becomes when it is worked:
 * the report sets hours planned beside hours done per cadre (issue 13, part 4). Shifts that
 * are not street or desk presence (meetings, training, on-call, collective actions) are never
 * logged as main courante activities: they have no cadre, and count only in the planned total
 * and per type. A shift of type `autre` compares with activities of cadre `autre`.
 */
import type { Cadre } from '../main-courante/main-courante.taxonomies';
import type { CreneauType } from './planning.taxonomies';

export const CADRE_DU_CRENEAU: Readonly<Record<CreneauType, Cadre | null>> = {
  tournee: 'tournee',
  permanence: 'permanence',
  evenement: 'evenement',
  action_collective: null,
  reunion: null,
  formation: null,
  astreinte: null,
  autre: 'autre',
};
