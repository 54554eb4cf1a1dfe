CREATE TABLE "custom_rule_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rule_set_id" text NOT NULL,
	"revision" integer NOT NULL,
	"version_label" text NOT NULL,
	"content" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "rule_set_assignments" (
	"organisation_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"rule_set_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "fiscal_years" ADD COLUMN "declaration_due" date;--> statement-breakpoint
ALTER TABLE "fiscal_years" ADD COLUMN "monitoring_due" date;--> statement-breakpoint
ALTER TABLE "fiscal_years" ADD COLUMN "self_evaluation_due" date;--> statement-breakpoint
ALTER TABLE "fiscal_years" ADD COLUMN "review_due" date;--> statement-breakpoint
ALTER TABLE "rule_set_assignments" ADD CONSTRAINT "rule_set_assignments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "custom_rule_sets_revision_uq" ON "custom_rule_sets" USING btree ("rule_set_id","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "custom_rule_sets_version_uq" ON "custom_rule_sets" USING btree ("rule_set_id","version_label");--> statement-breakpoint
CREATE UNIQUE INDEX "rule_set_assignments_uq" ON "rule_set_assignments" USING btree ("organisation_id","fiscal_year");