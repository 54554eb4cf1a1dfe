CREATE TABLE "result_overrides" (
	"fiscal_year" integer NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"suggestion" text NOT NULL,
	"change" numeric NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "result_overrides_fiscal_year_evaluation_id_pk" PRIMARY KEY("fiscal_year","evaluation_id")
);
--> statement-breakpoint
ALTER TABLE "result_overrides" ADD CONSTRAINT "result_overrides_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "result_overrides_evaluation_idx" ON "result_overrides" USING btree ("evaluation_id");
