CREATE TABLE "publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"item_id" uuid,
	"fiscal_year" integer NOT NULL,
	"organisation_id" uuid,
	"organisation_path" text NOT NULL,
	"region_name" text NOT NULL,
	"department_name" text,
	"unit_name" text,
	"title" text NOT NULL,
	"evaluation_kind" text,
	"score" numeric,
	"grade" text,
	"grade_word" text,
	"budget_wan_yuan" numeric,
	"executed_wan_yuan" numeric,
	"execution_rate" numeric,
	"error_count" integer DEFAULT 0 NOT NULL,
	"warning_count" integer DEFAULT 0 NOT NULL,
	"info_count" integer DEFAULT 0 NOT NULL,
	"snapshot" jsonb NOT NULL,
	"report_pdf" bytea,
	"table_xlsx" bytea,
	"publisher" text NOT NULL,
	"published_by" uuid NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdraw_reason" text,
	CONSTRAINT "publications_kind_check" CHECK ("kind" in ('evaluation', 'declaration', 'results')),
	CONSTRAINT "publications_publisher_check" CHECK ("publisher" in ('financeBureau', 'department')),
	CONSTRAINT "publications_withdrawn_check" CHECK (("withdrawn_at" is null) = ("withdraw_reason" is null))
);
--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "publications_live_item_key" ON "publications" USING btree ("kind","item_id") WHERE "withdrawn_at" is null;--> statement-breakpoint
CREATE INDEX "publications_public_idx" ON "publications" USING btree ("fiscal_year","published_at","id") WHERE "withdrawn_at" is null;
