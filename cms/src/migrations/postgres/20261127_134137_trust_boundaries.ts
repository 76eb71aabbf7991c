import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "export_report_left_out" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"collection" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"title" varchar,
  	"owner_id" integer,
  	"reason" varchar NOT NULL
  );
  
  CREATE TABLE "export_report" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"exported_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "programs_locales" ADD COLUMN "last_edit_by_id" integer;
  ALTER TABLE "programs_locales" ADD COLUMN "last_edit_content_hash" varchar;
  ALTER TABLE "_programs_v_locales" ADD COLUMN "version_last_edit_by_id" integer;
  ALTER TABLE "_programs_v_locales" ADD COLUMN "version_last_edit_content_hash" varchar;
  ALTER TABLE "modules_locales" ADD COLUMN "last_edit_by_id" integer;
  ALTER TABLE "modules_locales" ADD COLUMN "last_edit_content_hash" varchar;
  ALTER TABLE "_modules_v_locales" ADD COLUMN "version_last_edit_by_id" integer;
  ALTER TABLE "_modules_v_locales" ADD COLUMN "version_last_edit_content_hash" varchar;
  ALTER TABLE "lessons_locales" ADD COLUMN "last_edit_by_id" integer;
  ALTER TABLE "lessons_locales" ADD COLUMN "last_edit_content_hash" varchar;
  ALTER TABLE "_lessons_v_locales" ADD COLUMN "version_last_edit_by_id" integer;
  ALTER TABLE "_lessons_v_locales" ADD COLUMN "version_last_edit_content_hash" varchar;
  ALTER TABLE "articles_locales" ADD COLUMN "last_edit_by_id" integer;
  ALTER TABLE "articles_locales" ADD COLUMN "last_edit_content_hash" varchar;
  ALTER TABLE "_articles_v_locales" ADD COLUMN "version_last_edit_by_id" integer;
  ALTER TABLE "_articles_v_locales" ADD COLUMN "version_last_edit_content_hash" varchar;
  ALTER TABLE "glossary_locales" ADD COLUMN "last_edit_by_id" integer;
  ALTER TABLE "glossary_locales" ADD COLUMN "last_edit_content_hash" varchar;
  ALTER TABLE "_glossary_v_locales" ADD COLUMN "version_last_edit_by_id" integer;
  ALTER TABLE "_glossary_v_locales" ADD COLUMN "version_last_edit_content_hash" varchar;
  ALTER TABLE "media" ADD COLUMN "sha256" varchar;
  ALTER TABLE "media" ADD COLUMN "changed_by_id" integer;
  ALTER TABLE "export_report_left_out" ADD CONSTRAINT "export_report_left_out_owner_id_organisations_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "export_report_left_out" ADD CONSTRAINT "export_report_left_out_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."export_report"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "export_report_left_out_order_idx" ON "export_report_left_out" USING btree ("_order");
  CREATE INDEX "export_report_left_out_parent_id_idx" ON "export_report_left_out" USING btree ("_parent_id");
  CREATE INDEX "export_report_left_out_owner_idx" ON "export_report_left_out" USING btree ("owner_id");
  ALTER TABLE "programs_locales" ADD CONSTRAINT "programs_locales_last_edit_by_id_users_id_fk" FOREIGN KEY ("last_edit_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programs_v_locales" ADD CONSTRAINT "_programs_v_locales_version_last_edit_by_id_users_id_fk" FOREIGN KEY ("version_last_edit_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "modules_locales" ADD CONSTRAINT "modules_locales_last_edit_by_id_users_id_fk" FOREIGN KEY ("last_edit_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_modules_v_locales" ADD CONSTRAINT "_modules_v_locales_version_last_edit_by_id_users_id_fk" FOREIGN KEY ("version_last_edit_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lessons_locales" ADD CONSTRAINT "lessons_locales_last_edit_by_id_users_id_fk" FOREIGN KEY ("last_edit_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lessons_v_locales" ADD CONSTRAINT "_lessons_v_locales_version_last_edit_by_id_users_id_fk" FOREIGN KEY ("version_last_edit_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_last_edit_by_id_users_id_fk" FOREIGN KEY ("last_edit_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_version_last_edit_by_id_users_id_fk" FOREIGN KEY ("version_last_edit_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "glossary_locales" ADD CONSTRAINT "glossary_locales_last_edit_by_id_users_id_fk" FOREIGN KEY ("last_edit_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_glossary_v_locales" ADD CONSTRAINT "_glossary_v_locales_version_last_edit_by_id_users_id_fk" FOREIGN KEY ("version_last_edit_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "programs_last_edit_last_edit_by_idx" ON "programs_locales" USING btree ("last_edit_by_id");
  CREATE INDEX "_programs_v_version_last_edit_version_last_edit_by_idx" ON "_programs_v_locales" USING btree ("version_last_edit_by_id");
  CREATE INDEX "modules_last_edit_last_edit_by_idx" ON "modules_locales" USING btree ("last_edit_by_id");
  CREATE INDEX "_modules_v_version_last_edit_version_last_edit_by_idx" ON "_modules_v_locales" USING btree ("version_last_edit_by_id");
  CREATE INDEX "lessons_last_edit_last_edit_by_idx" ON "lessons_locales" USING btree ("last_edit_by_id");
  CREATE INDEX "_lessons_v_version_last_edit_version_last_edit_by_idx" ON "_lessons_v_locales" USING btree ("version_last_edit_by_id");
  CREATE INDEX "articles_last_edit_last_edit_by_idx" ON "articles_locales" USING btree ("last_edit_by_id");
  CREATE INDEX "_articles_v_version_last_edit_version_last_edit_by_idx" ON "_articles_v_locales" USING btree ("version_last_edit_by_id");
  CREATE INDEX "glossary_last_edit_last_edit_by_idx" ON "glossary_locales" USING btree ("last_edit_by_id");
  CREATE INDEX "_glossary_v_version_last_edit_version_last_edit_by_idx" ON "_glossary_v_locales" USING btree ("version_last_edit_by_id");
  CREATE INDEX "media_changed_by_idx" ON "media" USING btree ("changed_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "export_report_left_out" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "export_report" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "export_report_left_out" CASCADE;
  DROP TABLE "export_report" CASCADE;
  ALTER TABLE "programs_locales" DROP CONSTRAINT "programs_locales_last_edit_by_id_users_id_fk";
  
  ALTER TABLE "_programs_v_locales" DROP CONSTRAINT "_programs_v_locales_version_last_edit_by_id_users_id_fk";
  
  ALTER TABLE "modules_locales" DROP CONSTRAINT "modules_locales_last_edit_by_id_users_id_fk";
  
  ALTER TABLE "_modules_v_locales" DROP CONSTRAINT "_modules_v_locales_version_last_edit_by_id_users_id_fk";
  
  ALTER TABLE "lessons_locales" DROP CONSTRAINT "lessons_locales_last_edit_by_id_users_id_fk";
  
  ALTER TABLE "_lessons_v_locales" DROP CONSTRAINT "_lessons_v_locales_version_last_edit_by_id_users_id_fk";
  
  ALTER TABLE "articles_locales" DROP CONSTRAINT "articles_locales_last_edit_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v_locales" DROP CONSTRAINT "_articles_v_locales_version_last_edit_by_id_users_id_fk";
  
  ALTER TABLE "glossary_locales" DROP CONSTRAINT "glossary_locales_last_edit_by_id_users_id_fk";
  
  ALTER TABLE "_glossary_v_locales" DROP CONSTRAINT "_glossary_v_locales_version_last_edit_by_id_users_id_fk";
  
  ALTER TABLE "media" DROP CONSTRAINT "media_changed_by_id_users_id_fk";
  
  DROP INDEX "programs_last_edit_last_edit_by_idx";
  DROP INDEX "_programs_v_version_last_edit_version_last_edit_by_idx";
  DROP INDEX "modules_last_edit_last_edit_by_idx";
  DROP INDEX "_modules_v_version_last_edit_version_last_edit_by_idx";
  DROP INDEX "lessons_last_edit_last_edit_by_idx";
  DROP INDEX "_lessons_v_version_last_edit_version_last_edit_by_idx";
  DROP INDEX "articles_last_edit_last_edit_by_idx";
  DROP INDEX "_articles_v_version_last_edit_version_last_edit_by_idx";
  DROP INDEX "glossary_last_edit_last_edit_by_idx";
  DROP INDEX "_glossary_v_version_last_edit_version_last_edit_by_idx";
  DROP INDEX "media_changed_by_idx";
  ALTER TABLE "programs_locales" DROP COLUMN "last_edit_by_id";
  ALTER TABLE "programs_locales" DROP COLUMN "last_edit_content_hash";
  ALTER TABLE "_programs_v_locales" DROP COLUMN "version_last_edit_by_id";
  ALTER TABLE "_programs_v_locales" DROP COLUMN "version_last_edit_content_hash";
  ALTER TABLE "modules_locales" DROP COLUMN "last_edit_by_id";
  ALTER TABLE "modules_locales" DROP COLUMN "last_edit_content_hash";
  ALTER TABLE "_modules_v_locales" DROP COLUMN "version_last_edit_by_id";
  ALTER TABLE "_modules_v_locales" DROP COLUMN "version_last_edit_content_hash";
  ALTER TABLE "lessons_locales" DROP COLUMN "last_edit_by_id";
  ALTER TABLE "lessons_locales" DROP COLUMN "last_edit_content_hash";
  ALTER TABLE "_lessons_v_locales" DROP COLUMN "version_last_edit_by_id";
  ALTER TABLE "_lessons_v_locales" DROP COLUMN "version_last_edit_content_hash";
  ALTER TABLE "articles_locales" DROP COLUMN "last_edit_by_id";
  ALTER TABLE "articles_locales" DROP COLUMN "last_edit_content_hash";
  ALTER TABLE "_articles_v_locales" DROP COLUMN "version_last_edit_by_id";
  ALTER TABLE "_articles_v_locales" DROP COLUMN "version_last_edit_content_hash";
  ALTER TABLE "glossary_locales" DROP COLUMN "last_edit_by_id";
  ALTER TABLE "glossary_locales" DROP COLUMN "last_edit_content_hash";
  ALTER TABLE "_glossary_v_locales" DROP COLUMN "version_last_edit_by_id";
  ALTER TABLE "_glossary_v_locales" DROP COLUMN "version_last_edit_content_hash";
  ALTER TABLE "media" DROP COLUMN "sha256";
  ALTER TABLE "media" DROP COLUMN "changed_by_id";`)
}
