DROP INDEX "diagnostics_structure_idx";--> statement-breakpoint
CREATE INDEX "annuaire_services_structure_nom_idx" ON "annuaire_services" USING btree ("structure_id","nom","id");--> statement-breakpoint
CREATE INDEX "observations_a_traiter_idx" ON "observations" USING btree ("structure_id","created_at","id") WHERE "observations"."traitee_le" is null and "observations"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "signalements_diagnostic_idx" ON "signalements" USING btree ("diagnostic_id");--> statement-breakpoint
CREATE INDEX "mediator_links_structure_created_idx" ON "mediator_links" USING btree ("structure_id","created_at","id");--> statement-breakpoint
CREATE INDEX "diagnostics_structure_idx" ON "diagnostics_marchants" USING btree ("structure_id","date","created_at","id");