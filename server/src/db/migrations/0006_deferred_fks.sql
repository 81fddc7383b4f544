-- Keys that blocked deleting a whole structure (the order of its cascades is not fixed) are
-- checked at commit instead, like 0005: a structure can go with everything in it, while deleting
-- one still-referenced QPV, account, partner or service on its own is refused (answered 409).
ALTER TABLE "users" DROP CONSTRAINT "users_partner_id_partners_id_fk";
--> statement-breakpoint
ALTER TABLE "demandes" DROP CONSTRAINT "demandes_territory_id_territories_id_fk";
--> statement-breakpoint
ALTER TABLE "orientations" DROP CONSTRAINT "orientations_territory_id_territories_id_fk";
--> statement-breakpoint
ALTER TABLE "orientations" DROP CONSTRAINT "orientations_service_id_annuaire_services_id_fk";
--> statement-breakpoint
ALTER TABLE "personnes" DROP CONSTRAINT "personnes_territory_id_territories_id_fk";
--> statement-breakpoint
ALTER TABLE "situation_mediators" DROP CONSTRAINT "situation_mediators_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "situations" DROP CONSTRAINT "situations_territory_id_territories_id_fk";
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
ALTER TABLE "demandes" ADD CONSTRAINT "demandes_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
ALTER TABLE "orientations" ADD CONSTRAINT "orientations_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
ALTER TABLE "orientations" ADD CONSTRAINT "orientations_service_id_annuaire_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."annuaire_services"("id") ON DELETE no action ON UPDATE no action DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
ALTER TABLE "personnes" ADD CONSTRAINT "personnes_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
ALTER TABLE "situation_mediators" ADD CONSTRAINT "situation_mediators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
ALTER TABLE "situations" ADD CONSTRAINT "situations_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action DEFERRABLE INITIALLY DEFERRED;