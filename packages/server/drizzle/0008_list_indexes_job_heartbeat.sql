ALTER TABLE "jobs" ADD COLUMN "heartbeat_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "evaluations_updated_idx" ON "evaluations" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "evaluations_year_updated_idx" ON "evaluations" USING btree ("fiscal_year","updated_at","id");--> statement-breakpoint
CREATE INDEX "evaluations_score_idx" ON "evaluations" USING btree ("total_score","id");--> statement-breakpoint
CREATE INDEX "evaluations_title_idx" ON "evaluations" USING btree ("title","id");