ALTER TABLE "evaluation_comments" ADD COLUMN "parent_id" uuid;--> statement-breakpoint
ALTER TABLE "evaluation_comments" ADD COLUMN "resolved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "evaluation_comments" ADD COLUMN "resolved_by" uuid;--> statement-breakpoint
ALTER TABLE "evaluation_comments" ADD CONSTRAINT "evaluation_comments_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_comments_parent_idx" ON "evaluation_comments" USING btree ("parent_id");