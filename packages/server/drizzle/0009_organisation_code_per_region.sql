-- Departments and units share their finance bureau's 财政区划: fill it in where it was left empty.
UPDATE "organisations" AS "c" SET "region_code" = "b"."region_code" FROM "organisations" AS "b" WHERE "c"."region_code" IS NULL AND "b"."kind" = 'financeBureau' AND "b"."region_code" IS NOT NULL AND "c"."id" <> "b"."id" AND left("c"."path", length("b"."path")) = "b"."path";--> statement-breakpoint
-- A code (统一社会信用代码 or 单位编码) names one organisation within its fiscal region.
CREATE UNIQUE INDEX "organisations_region_code_uq" ON "organisations" USING btree (coalesce("region_code", ''),"code") WHERE "organisations"."code" is not null;
