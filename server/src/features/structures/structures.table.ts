import { boolean, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const structures = pgTable(
  'structures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nom: text('nom').notNull(),
    /** The short name in the public agenda's address, `/agenda/{slug}` (issue 14, part 5; ADR 035). */
    slug: text('slug').notNull(),
    /** Retention periods chosen by the structure, in months (null: the defaults; issue 16). */
    conservation: jsonb('conservation').$type<Record<string, number>>(),
    /** Admin, direction and coordination must sign in with a second factor (ADR 029). */
    deuxiemeFacteurObligatoire: boolean('deuxieme_facteur_obligatoire').notNull().default(false),
    /** ProConnect sign-in (ADR 030): on/off, the issuer and the client registered there. */
    proconnectActif: boolean('proconnect_actif').notNull().default(false),
    proconnectIssuer: text('proconnect_issuer'),
    proconnectClientId: text('proconnect_client_id'),
    /** Write-only: never answered, logged nor put in the audit diff. */
    proconnectClientSecret: text('proconnect_client_secret'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('structures_slug_uq').on(t.slug)],
);
