CREATE TABLE "rectification_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"source_kind" text NOT NULL,
	"source" jsonb NOT NULL,
	"problem" text NOT NULL,
	"measure" text NOT NULL,
	"deadline" date NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"report" text,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "rectification_items" ADD CONSTRAINT "rectification_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rectification_items_org_year_idx" ON "rectification_items" USING btree ("organisation_id","fiscal_year");--> statement-breakpoint
CREATE INDEX "rectification_items_status_deadline_idx" ON "rectification_items" USING btree ("status","deadline");
