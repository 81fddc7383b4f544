-- Main courante rows point at users and QPV with NO ACTION keys. Checked at the end of each
-- internal cascade statement, they made deleting a structure fail (its users or territories
-- are cascaded before its activities). Checked at commit instead, a whole structure can go,
-- while deleting one referenced user or QPV on its own is still refused: no log is lost.
ALTER TABLE "activites" ALTER CONSTRAINT "activites_territory_id_territories_id_fk" DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
ALTER TABLE "activites" ALTER CONSTRAINT "activites_created_by_users_id_fk" DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
ALTER TABLE "activites" ALTER CONSTRAINT "activites_revue_par_id_users_id_fk" DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
ALTER TABLE "activite_mediateurs" ALTER CONSTRAINT "activite_mediateurs_user_id_users_id_fk" DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
ALTER TABLE "activite_reviews" ALTER CONSTRAINT "activite_reviews_actor_id_users_id_fk" DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
ALTER TABLE "contacts" ALTER CONSTRAINT "contacts_created_by_users_id_fk" DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
ALTER TABLE "observations" ALTER CONSTRAINT "observations_created_by_users_id_fk" DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
ALTER TABLE "observations" ALTER CONSTRAINT "observations_traitee_par_id_users_id_fk" DEFERRABLE INITIALLY DEFERRED;
