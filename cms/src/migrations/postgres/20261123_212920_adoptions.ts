import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_adoptions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__adoptions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__adoptions_v_published_locale" AS ENUM('da', 'en');
  CREATE TABLE "adoptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"owner_id" integer,
  	"program_id" integer,
  	"contact_name" varchar,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_adoptions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "adoptions_locales" (
  	"local_intro" jsonb,
  	"contact_role" varchar,
  	"contact_hours" varchar,
  	"practical_notes" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_adoptions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_owner_id" integer,
  	"version_program_id" integer,
  	"version_contact_name" varchar,
  	"version_contact_phone" varchar,
  	"version_contact_email" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__adoptions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__adoptions_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_adoptions_v_locales" (
  	"version_local_intro" jsonb,
  	"version_contact_role" varchar,
  	"version_contact_hours" varchar,
  	"version_practical_notes" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "adoptions_id" integer;
  ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_owner_id_organisations_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "adoptions_locales" ADD CONSTRAINT "adoptions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."adoptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_adoptions_v" ADD CONSTRAINT "_adoptions_v_parent_id_adoptions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."adoptions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_adoptions_v" ADD CONSTRAINT "_adoptions_v_version_owner_id_organisations_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_adoptions_v" ADD CONSTRAINT "_adoptions_v_version_program_id_programs_id_fk" FOREIGN KEY ("version_program_id") REFERENCES "public"."programs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_adoptions_v_locales" ADD CONSTRAINT "_adoptions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_adoptions_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "adoptions_owner_idx" ON "adoptions" USING btree ("owner_id");
  CREATE INDEX "adoptions_program_idx" ON "adoptions" USING btree ("program_id");
  CREATE INDEX "adoptions_updated_at_idx" ON "adoptions" USING btree ("updated_at");
  CREATE INDEX "adoptions_created_at_idx" ON "adoptions" USING btree ("created_at");
  CREATE INDEX "adoptions__status_idx" ON "adoptions" USING btree ("_status");
  CREATE UNIQUE INDEX "adoptions_locales_locale_parent_id_unique" ON "adoptions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_adoptions_v_parent_idx" ON "_adoptions_v" USING btree ("parent_id");
  CREATE INDEX "_adoptions_v_version_version_owner_idx" ON "_adoptions_v" USING btree ("version_owner_id");
  CREATE INDEX "_adoptions_v_version_version_program_idx" ON "_adoptions_v" USING btree ("version_program_id");
  CREATE INDEX "_adoptions_v_version_version_updated_at_idx" ON "_adoptions_v" USING btree ("version_updated_at");
  CREATE INDEX "_adoptions_v_version_version_created_at_idx" ON "_adoptions_v" USING btree ("version_created_at");
  CREATE INDEX "_adoptions_v_version_version__status_idx" ON "_adoptions_v" USING btree ("version__status");
  CREATE INDEX "_adoptions_v_created_at_idx" ON "_adoptions_v" USING btree ("created_at");
  CREATE INDEX "_adoptions_v_updated_at_idx" ON "_adoptions_v" USING btree ("updated_at");
  CREATE INDEX "_adoptions_v_snapshot_idx" ON "_adoptions_v" USING btree ("snapshot");
  CREATE INDEX "_adoptions_v_published_locale_idx" ON "_adoptions_v" USING btree ("published_locale");
  CREATE INDEX "_adoptions_v_latest_idx" ON "_adoptions_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_adoptions_v_locales_locale_parent_id_unique" ON "_adoptions_v_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_adoptions_fk" FOREIGN KEY ("adoptions_id") REFERENCES "public"."adoptions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_adoptions_id_idx" ON "payload_locked_documents_rels" USING btree ("adoptions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "adoptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "adoptions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_adoptions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_adoptions_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "adoptions" CASCADE;
  DROP TABLE "adoptions_locales" CASCADE;
  DROP TABLE "_adoptions_v" CASCADE;
  DROP TABLE "_adoptions_v_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_adoptions_fk";
  
  DROP INDEX "payload_locked_documents_rels_adoptions_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "adoptions_id";
  DROP TYPE "public"."enum_adoptions_status";
  DROP TYPE "public"."enum__adoptions_v_version_status";
  DROP TYPE "public"."enum__adoptions_v_published_locale";`)
}
