import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { ref, stamps, structureId } from '../../db/columns';

export const partners = pgTable(
  'partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: structureId(),
    nom: text('nom').notNull(),
    kind: text('kind').notNull(),
    email: text('email'),
    telephone: text('telephone'),
    adresse: text('adresse'),
    ...stamps(),
  },
  (t) => [index('partners_structure_idx').on(t.structureId)],
);

export const partnerContacts = pgTable(
  'partner_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: structureId(),
    partnerId: ref('partner_id', () => partners.id, 'cascade').notNull(),
    nom: text('nom').notNull(),
    fonction: text('fonction'),
    email: text('email'),
    telephone: text('telephone'),
  },
  (t) => [index('partner_contacts_partner_idx').on(t.partnerId)],
);
