import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const structures = pgTable('structures', {
  id: uuid('id').primaryKey().defaultRandom(),
  nom: text('nom').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
