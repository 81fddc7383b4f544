import { pgTable, primaryKey } from 'drizzle-orm/pg-core';
import { ref } from '../../db/columns';
import { territories } from '../territoires/territoires.table';
import { partners } from './partenaires.table';

/** The territories a partner works on (its own file: the two tables reference each other's rows). */
export const partnerTerritories = pgTable(
  'partner_territories',
  {
    partnerId: ref('partner_id', () => partners.id, 'cascade').notNull(),
    territoryId: ref('territory_id', () => territories.id, 'cascade').notNull(),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.territoryId] })],
);
