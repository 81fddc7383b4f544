-- Indexes for the report sections: requests' orientations, signalements by observation date, situations by opening and closing date.
CREATE INDEX "orientations_demande_idx" ON "orientations" USING btree ("demande_id");--> statement-breakpoint
CREATE INDEX "signalements_structure_observed_idx" ON "signalements" USING btree ("structure_id","observed_at");--> statement-breakpoint
CREATE INDEX "situations_structure_opened_idx" ON "situations" USING btree ("structure_id","opened_on");--> statement-breakpoint
CREATE INDEX "situations_structure_closed_idx" ON "situations" USING btree ("structure_id","closed_on");