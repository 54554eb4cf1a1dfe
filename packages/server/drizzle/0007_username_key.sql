-- Usernames are unique case- and width-insensitively: the application stores NFKC + lower case here.
-- Existing names are filled with lower(): normalize() is PostgreSQL 13+ only and not in openGauss.
ALTER TABLE "users" ADD COLUMN "username_key" text;--> statement-breakpoint
UPDATE "users" SET "username_key" = lower("username");--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "username_key" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_username_key_unique" UNIQUE("username_key");
