-- Population moves from the members area into the statistics store, as the indicator of table 07459.
INSERT INTO "knowledge_indicators" ("id", "key", "source", "table_code", "table_label", "label", "unit", "decimals", "created_at", "updated_at")
SELECT gen_random_uuid(), '07459:Personer1', 'Statistisk sentralbyrå', '07459', '07459: Befolkning, etter region, statistikkvariabel og år', 'Personer', 'personer', 0, now(), now()
WHERE EXISTS (SELECT 1 FROM "members_populations");
--> statement-breakpoint
INSERT INTO "knowledge_observations" ("indicator_id", "member_id", "year", "value", "region_code", "source")
SELECT i."id", p."member_id", p."year", p."population",
  (SELECT mi."number" FROM "members_identities" mi
    WHERE mi."member_id" = p."member_id" AND mi."valid_from" <= make_date(p."year", 1, 1)
      AND (mi."valid_to" IS NULL OR mi."valid_to" >= make_date(p."year", 1, 1)) LIMIT 1),
  p."source"
FROM "members_populations" p JOIN "knowledge_indicators" i ON i."key" = '07459:Personer1';
--> statement-breakpoint
DROP TABLE "members_populations" CASCADE;
