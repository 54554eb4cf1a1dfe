CREATE TABLE "target_declarations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"project_id" uuid,
	"kind" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"title" text NOT NULL,
	"unit_name" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"phase" text DEFAULT 'declaration' NOT NULL,
	"rule_set_id" text NOT NULL,
	"data" jsonb NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"warning_count" integer DEFAULT 0 NOT NULL,
	"evaluation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "declaration_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"declaration_id" uuid NOT NULL,
	"transition" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"phase" text NOT NULL,
	"checklist" jsonb,
	"comment" text,
	"user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "target_declarations" ADD CONSTRAINT "target_declarations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_declarations" ADD CONSTRAINT "target_declarations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_declarations" ADD CONSTRAINT "target_declarations_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_reviews" ADD CONSTRAINT "declaration_reviews_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "target_declarations_org_year_idx" ON "target_declarations" USING btree ("organisation_id","fiscal_year");--> statement-breakpoint
CREATE INDEX "target_declarations_list_idx" ON "target_declarations" USING btree ("fiscal_year","kind","status");--> statement-breakpoint
CREATE INDEX "target_declarations_updated_idx" ON "target_declarations" USING btree ("updated_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "target_declarations_evaluation_uq" ON "target_declarations" USING btree ("evaluation_id") WHERE "target_declarations"."evaluation_id" is not null;--> statement-breakpoint
CREATE INDEX "declaration_reviews_declaration_idx" ON "declaration_reviews" USING btree ("declaration_id","at");
