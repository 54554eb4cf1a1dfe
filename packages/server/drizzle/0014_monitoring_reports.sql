CREATE TABLE "monitoring_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"project_id" uuid,
	"declaration_id" uuid,
	"first_round_id" uuid,
	"kind" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"through_month" integer NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"title" text NOT NULL,
	"unit_name" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"rule_set_id" text NOT NULL,
	"data" jsonb NOT NULL,
	"execution_progress" numeric,
	"time_progress" numeric,
	"red_count" integer DEFAULT 0 NOT NULL,
	"yellow_count" integer DEFAULT 0 NOT NULL,
	"green_count" integer DEFAULT 0 NOT NULL,
	"blue_count" integer DEFAULT 0 NOT NULL,
	"focus" boolean DEFAULT false NOT NULL,
	"follow_up" jsonb,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "monitoring_reports" ADD CONSTRAINT "monitoring_reports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_reports" ADD CONSTRAINT "monitoring_reports_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_reports" ADD CONSTRAINT "monitoring_reports_first_round_id_monitoring_reports_id_fk" FOREIGN KEY ("first_round_id") REFERENCES "public"."monitoring_reports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitoring_reports_org_year_idx" ON "monitoring_reports" USING btree ("organisation_id","fiscal_year");--> statement-breakpoint
CREATE INDEX "monitoring_reports_period_idx" ON "monitoring_reports" USING btree ("fiscal_year","through_month","round");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_reports_second_round_key" ON "monitoring_reports" USING btree ("first_round_id");
