DROP INDEX "jobs_queue_idx";--> statement-breakpoint
ALTER TABLE "jobs" DROP COLUMN "locked_at";