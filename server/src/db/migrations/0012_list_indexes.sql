DROP INDEX "demandes_structure_date_idx";--> statement-breakpoint
DROP INDEX "audit_log_structure_created_idx";--> statement-breakpoint
DROP INDEX "activites_structure_debut_idx";--> statement-breakpoint
DROP INDEX "activites_territory_debut_idx";--> statement-breakpoint
DROP INDEX "observations_structure_created_idx";--> statement-breakpoint
DROP INDEX "signalements_structure_statut_idx";--> statement-breakpoint
DROP INDEX "signalements_structure_observed_idx";--> statement-breakpoint
DROP INDEX "situations_structure_idx";--> statement-breakpoint
DROP INDEX "situations_territory_idx";--> statement-breakpoint
DROP INDEX "situations_structure_opened_idx";--> statement-breakpoint
CREATE INDEX "demandes_territory_date_idx" ON "demandes" USING btree ("territory_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "orientations_structure_created_idx" ON "orientations" USING btree ("structure_id","created_at","id");--> statement-breakpoint
CREATE INDEX "orientations_territory_created_idx" ON "orientations" USING btree ("territory_id","created_at","id");--> statement-breakpoint
CREATE INDEX "personnes_structure_updated_idx" ON "personnes" USING btree ("structure_id","updated_at","id") WHERE "personnes"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "activites_structure_revue_idx" ON "activites" USING btree ("structure_id","statut_revue","debut","id");--> statement-breakpoint
CREATE INDEX "signalements_territory_observed_idx" ON "signalements" USING btree ("territory_id","observed_at","id");--> statement-breakpoint
CREATE INDEX "demandes_structure_date_idx" ON "demandes" USING btree ("structure_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "audit_log_structure_created_idx" ON "audit_log" USING btree ("structure_id","created_at","id");--> statement-breakpoint
CREATE INDEX "activites_structure_debut_idx" ON "activites" USING btree ("structure_id","debut","id");--> statement-breakpoint
CREATE INDEX "activites_territory_debut_idx" ON "activites" USING btree ("territory_id","debut","id");--> statement-breakpoint
CREATE INDEX "observations_structure_created_idx" ON "observations" USING btree ("structure_id","created_at","id");--> statement-breakpoint
CREATE INDEX "signalements_structure_statut_idx" ON "signalements" USING btree ("structure_id","statut","observed_at","id");--> statement-breakpoint
CREATE INDEX "signalements_structure_observed_idx" ON "signalements" USING btree ("structure_id","observed_at","id");--> statement-breakpoint
CREATE INDEX "situations_structure_idx" ON "situations" USING btree ("structure_id","status","opened_on","created_at","id");--> statement-breakpoint
CREATE INDEX "situations_territory_idx" ON "situations" USING btree ("territory_id","opened_on","created_at","id");--> statement-breakpoint
CREATE INDEX "situations_structure_opened_idx" ON "situations" USING btree ("structure_id","opened_on","created_at","id");