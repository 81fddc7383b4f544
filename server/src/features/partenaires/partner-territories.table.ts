import { pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { territories } from '../territoires/territoires.table';
import { partners } from './partenaires.table';

/** The territories a partner works on (its own file: the two tables reference each other's rows). */
export const partnerTerritories = pgTable(
  'partner_territories',
  {
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    territoryId: uuid('territory_id')
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.territoryId] })],
);
