-- The indicator library (指标库): what a finance bureau added to or changed in the builtin library.
-- One library for the whole installation; a row with a builtin id overrides that builtin entry.
CREATE TABLE "indicator_library_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"content" jsonb NOT NULL,
	"retired" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
