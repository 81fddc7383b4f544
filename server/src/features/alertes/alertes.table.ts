import { boolean, doublePrecision, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, instant, ref, structureId } from '../../db/columns';
import { territories } from '../territoires/territoires.table';
import { users } from '../utilisateurs/users.table';

/**
 * A lone-worker alert (issue 13, part 7): who sent it, where, who was on shift then (its
 * receivers), who took it in charge, and the debrief that closes it. Columns are named as their
 * API fields (ADR 022). The debrief is factual and names no resident.
 */
export const alertes = pgTable(
  'alertes',
  {
    id: uuid('id').primaryKey(),
    structureId: structureId(),
    emetteurId: ref('emetteur_id', () => users.id, 'no action').notNull(),
    niveau: text('niveau').notNull(),
    statut: text('statut').notNull().default('active'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    message: text('message'),
    /** The QPV of the sender's shift at that time, for the incidents by place. */
    territoireId: ref('territoire_id', () => territories.id, 'set null'),
    /** The colleagues on shift when it was sent: they receive it. */
    enService: uuid('en_service').array().notNull().default([]),
    priseEnChargePar: ref('prise_en_charge_par', () => users.id, 'no action'),
    priseEnChargeAt: instant('prise_en_charge_at'),
    cloturePar: ref('cloture_par', () => users.id, 'no action'),
    clotureAt: instant('cloture_at'),
    faitMarquant: text('fait_marquant'),
    recit: text('recit'),
    signalementPolice: boolean('signalement_police'),
    signalementEmployeur: boolean('signalement_employeur'),
    /** When it was said again to everyone (nobody took it in charge within 2 minutes). */
    relanceAt: instant('relance_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('alertes_structure_created_idx').on(t.structureId, t.createdAt),
    index('alertes_active_idx').on(t.statut, t.createdAt),
  ],
);
