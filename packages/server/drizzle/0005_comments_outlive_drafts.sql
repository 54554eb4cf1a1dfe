ALTER TABLE "evaluation_comments" DROP CONSTRAINT "evaluation_comments_evaluation_id_evaluations_id_fk";
