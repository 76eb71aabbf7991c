import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`export_report_left_out\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`title\` text,
  	\`owner_id\` integer,
  	\`reason\` text NOT NULL,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`export_report\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`export_report_left_out_order_idx\` ON \`export_report_left_out\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`export_report_left_out_parent_id_idx\` ON \`export_report_left_out\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`export_report_left_out_owner_idx\` ON \`export_report_left_out\` (\`owner_id\`);`)
  await db.run(sql`CREATE TABLE \`export_report\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`exported_at\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`programs_locales\` ADD \`last_edit_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`programs_locales\` ADD \`last_edit_content_hash\` text;`)
  await db.run(sql`CREATE INDEX \`programs_last_edit_last_edit_by_idx\` ON \`programs_locales\` (\`last_edit_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_programs_v_locales\` ADD \`version_last_edit_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_programs_v_locales\` ADD \`version_last_edit_content_hash\` text;`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_last_edit_version_last_edit_by_idx\` ON \`_programs_v_locales\` (\`version_last_edit_by_id\`);`)
  await db.run(sql`ALTER TABLE \`modules_locales\` ADD \`last_edit_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`modules_locales\` ADD \`last_edit_content_hash\` text;`)
  await db.run(sql`CREATE INDEX \`modules_last_edit_last_edit_by_idx\` ON \`modules_locales\` (\`last_edit_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_modules_v_locales\` ADD \`version_last_edit_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_modules_v_locales\` ADD \`version_last_edit_content_hash\` text;`)
  await db.run(sql`CREATE INDEX \`_modules_v_version_last_edit_version_last_edit_by_idx\` ON \`_modules_v_locales\` (\`version_last_edit_by_id\`);`)
  await db.run(sql`ALTER TABLE \`lessons_locales\` ADD \`last_edit_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`lessons_locales\` ADD \`last_edit_content_hash\` text;`)
  await db.run(sql`CREATE INDEX \`lessons_last_edit_last_edit_by_idx\` ON \`lessons_locales\` (\`last_edit_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_lessons_v_locales\` ADD \`version_last_edit_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_lessons_v_locales\` ADD \`version_last_edit_content_hash\` text;`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_last_edit_version_last_edit_by_idx\` ON \`_lessons_v_locales\` (\`version_last_edit_by_id\`);`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`last_edit_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`last_edit_content_hash\` text;`)
  await db.run(sql`CREATE INDEX \`articles_last_edit_last_edit_by_idx\` ON \`articles_locales\` (\`last_edit_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_last_edit_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_last_edit_content_hash\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_last_edit_version_last_edit_by_idx\` ON \`_articles_v_locales\` (\`version_last_edit_by_id\`);`)
  await db.run(sql`ALTER TABLE \`glossary_locales\` ADD \`last_edit_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`glossary_locales\` ADD \`last_edit_content_hash\` text;`)
  await db.run(sql`CREATE INDEX \`glossary_last_edit_last_edit_by_idx\` ON \`glossary_locales\` (\`last_edit_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_glossary_v_locales\` ADD \`version_last_edit_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_glossary_v_locales\` ADD \`version_last_edit_content_hash\` text;`)
  await db.run(sql`CREATE INDEX \`_glossary_v_version_last_edit_version_last_edit_by_idx\` ON \`_glossary_v_locales\` (\`version_last_edit_by_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sha256\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`changed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`media_changed_by_idx\` ON \`media\` (\`changed_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`export_report_left_out\`;`)
  await db.run(sql`DROP TABLE \`export_report\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_programs_locales\` (
  	\`title\` text,
  	\`approval_reviewer_id\` integer,
  	\`approval_approved_at\` text,
  	\`approval_content_hash\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`approval_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_programs_locales\`("title", "approval_reviewer_id", "approval_approved_at", "approval_content_hash", "summary", "id", "_locale", "_parent_id") SELECT "title", "approval_reviewer_id", "approval_approved_at", "approval_content_hash", "summary", "id", "_locale", "_parent_id" FROM \`programs_locales\`;`)
  await db.run(sql`DROP TABLE \`programs_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_programs_locales\` RENAME TO \`programs_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`programs_approval_approval_reviewer_idx\` ON \`programs_locales\` (\`approval_reviewer_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`programs_locales_locale_parent_id_unique\` ON \`programs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__programs_v_locales\` (
  	\`version_title\` text,
  	\`version_approval_reviewer_id\` integer,
  	\`version_approval_approved_at\` text,
  	\`version_approval_content_hash\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_approval_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__programs_v_locales\`("version_title", "version_approval_reviewer_id", "version_approval_approved_at", "version_approval_content_hash", "version_summary", "id", "_locale", "_parent_id") SELECT "version_title", "version_approval_reviewer_id", "version_approval_approved_at", "version_approval_content_hash", "version_summary", "id", "_locale", "_parent_id" FROM \`_programs_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_programs_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__programs_v_locales\` RENAME TO \`_programs_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_approval_version_approval_reviewer_idx\` ON \`_programs_v_locales\` (\`version_approval_reviewer_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_programs_v_locales_locale_parent_id_unique\` ON \`_programs_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_modules_locales\` (
  	\`title\` text,
  	\`approval_reviewer_id\` integer,
  	\`approval_approved_at\` text,
  	\`approval_content_hash\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`approval_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_modules_locales\`("title", "approval_reviewer_id", "approval_approved_at", "approval_content_hash", "summary", "id", "_locale", "_parent_id") SELECT "title", "approval_reviewer_id", "approval_approved_at", "approval_content_hash", "summary", "id", "_locale", "_parent_id" FROM \`modules_locales\`;`)
  await db.run(sql`DROP TABLE \`modules_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_modules_locales\` RENAME TO \`modules_locales\`;`)
  await db.run(sql`CREATE INDEX \`modules_approval_approval_reviewer_idx\` ON \`modules_locales\` (\`approval_reviewer_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`modules_locales_locale_parent_id_unique\` ON \`modules_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__modules_v_locales\` (
  	\`version_title\` text,
  	\`version_approval_reviewer_id\` integer,
  	\`version_approval_approved_at\` text,
  	\`version_approval_content_hash\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_approval_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__modules_v_locales\`("version_title", "version_approval_reviewer_id", "version_approval_approved_at", "version_approval_content_hash", "version_summary", "id", "_locale", "_parent_id") SELECT "version_title", "version_approval_reviewer_id", "version_approval_approved_at", "version_approval_content_hash", "version_summary", "id", "_locale", "_parent_id" FROM \`_modules_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_modules_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__modules_v_locales\` RENAME TO \`_modules_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_modules_v_version_approval_version_approval_reviewer_idx\` ON \`_modules_v_locales\` (\`version_approval_reviewer_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_modules_v_locales_locale_parent_id_unique\` ON \`_modules_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_lessons_locales\` (
  	\`title\` text,
  	\`approval_reviewer_id\` integer,
  	\`approval_approved_at\` text,
  	\`approval_content_hash\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`approval_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_lessons_locales\`("title", "approval_reviewer_id", "approval_approved_at", "approval_content_hash", "summary", "body", "id", "_locale", "_parent_id") SELECT "title", "approval_reviewer_id", "approval_approved_at", "approval_content_hash", "summary", "body", "id", "_locale", "_parent_id" FROM \`lessons_locales\`;`)
  await db.run(sql`DROP TABLE \`lessons_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_lessons_locales\` RENAME TO \`lessons_locales\`;`)
  await db.run(sql`CREATE INDEX \`lessons_approval_approval_reviewer_idx\` ON \`lessons_locales\` (\`approval_reviewer_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`lessons_locales_locale_parent_id_unique\` ON \`lessons_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__lessons_v_locales\` (
  	\`version_title\` text,
  	\`version_approval_reviewer_id\` integer,
  	\`version_approval_approved_at\` text,
  	\`version_approval_content_hash\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_approval_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_lessons_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__lessons_v_locales\`("version_title", "version_approval_reviewer_id", "version_approval_approved_at", "version_approval_content_hash", "version_summary", "version_body", "id", "_locale", "_parent_id") SELECT "version_title", "version_approval_reviewer_id", "version_approval_approved_at", "version_approval_content_hash", "version_summary", "version_body", "id", "_locale", "_parent_id" FROM \`_lessons_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_lessons_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__lessons_v_locales\` RENAME TO \`_lessons_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_approval_version_approval_reviewer_idx\` ON \`_lessons_v_locales\` (\`version_approval_reviewer_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_lessons_v_locales_locale_parent_id_unique\` ON \`_lessons_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_articles_locales\` (
  	\`title\` text,
  	\`approval_reviewer_id\` integer,
  	\`approval_approved_at\` text,
  	\`approval_content_hash\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`approval_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles_locales\`("title", "approval_reviewer_id", "approval_approved_at", "approval_content_hash", "summary", "body", "id", "_locale", "_parent_id") SELECT "title", "approval_reviewer_id", "approval_approved_at", "approval_content_hash", "summary", "body", "id", "_locale", "_parent_id" FROM \`articles_locales\`;`)
  await db.run(sql`DROP TABLE \`articles_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_locales\` RENAME TO \`articles_locales\`;`)
  await db.run(sql`CREATE INDEX \`articles_approval_approval_reviewer_idx\` ON \`articles_locales\` (\`approval_reviewer_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_locales_locale_parent_id_unique\` ON \`articles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_locales\` (
  	\`version_title\` text,
  	\`version_approval_reviewer_id\` integer,
  	\`version_approval_approved_at\` text,
  	\`version_approval_content_hash\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_approval_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v_locales\`("version_title", "version_approval_reviewer_id", "version_approval_approved_at", "version_approval_content_hash", "version_summary", "version_body", "id", "_locale", "_parent_id") SELECT "version_title", "version_approval_reviewer_id", "version_approval_approved_at", "version_approval_content_hash", "version_summary", "version_body", "id", "_locale", "_parent_id" FROM \`_articles_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_locales\` RENAME TO \`_articles_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_approval_version_approval_reviewer_idx\` ON \`_articles_v_locales\` (\`version_approval_reviewer_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_articles_v_locales_locale_parent_id_unique\` ON \`_articles_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_glossary_locales\` (
  	\`title\` text,
  	\`approval_reviewer_id\` integer,
  	\`approval_approved_at\` text,
  	\`approval_content_hash\` text,
  	\`definition\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`approval_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_glossary_locales\`("title", "approval_reviewer_id", "approval_approved_at", "approval_content_hash", "definition", "id", "_locale", "_parent_id") SELECT "title", "approval_reviewer_id", "approval_approved_at", "approval_content_hash", "definition", "id", "_locale", "_parent_id" FROM \`glossary_locales\`;`)
  await db.run(sql`DROP TABLE \`glossary_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_glossary_locales\` RENAME TO \`glossary_locales\`;`)
  await db.run(sql`CREATE INDEX \`glossary_approval_approval_reviewer_idx\` ON \`glossary_locales\` (\`approval_reviewer_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`glossary_locales_locale_parent_id_unique\` ON \`glossary_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__glossary_v_locales\` (
  	\`version_title\` text,
  	\`version_approval_reviewer_id\` integer,
  	\`version_approval_approved_at\` text,
  	\`version_approval_content_hash\` text,
  	\`version_definition\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_approval_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_glossary_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__glossary_v_locales\`("version_title", "version_approval_reviewer_id", "version_approval_approved_at", "version_approval_content_hash", "version_definition", "id", "_locale", "_parent_id") SELECT "version_title", "version_approval_reviewer_id", "version_approval_approved_at", "version_approval_content_hash", "version_definition", "id", "_locale", "_parent_id" FROM \`_glossary_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_glossary_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__glossary_v_locales\` RENAME TO \`_glossary_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_glossary_v_version_approval_version_approval_reviewer_idx\` ON \`_glossary_v_locales\` (\`version_approval_reviewer_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_glossary_v_locales_locale_parent_id_unique\` ON \`_glossary_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text NOT NULL,
  	\`owner_id\` integer NOT NULL,
  	\`visibility\` text DEFAULT 'own' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_avif480_url\` text,
  	\`sizes_avif480_width\` numeric,
  	\`sizes_avif480_height\` numeric,
  	\`sizes_avif480_mime_type\` text,
  	\`sizes_avif480_filesize\` numeric,
  	\`sizes_avif480_filename\` text,
  	\`sizes_avif960_url\` text,
  	\`sizes_avif960_width\` numeric,
  	\`sizes_avif960_height\` numeric,
  	\`sizes_avif960_mime_type\` text,
  	\`sizes_avif960_filesize\` numeric,
  	\`sizes_avif960_filename\` text,
  	\`sizes_avif1440_url\` text,
  	\`sizes_avif1440_width\` numeric,
  	\`sizes_avif1440_height\` numeric,
  	\`sizes_avif1440_mime_type\` text,
  	\`sizes_avif1440_filesize\` numeric,
  	\`sizes_avif1440_filename\` text,
  	\`sizes_webp480_url\` text,
  	\`sizes_webp480_width\` numeric,
  	\`sizes_webp480_height\` numeric,
  	\`sizes_webp480_mime_type\` text,
  	\`sizes_webp480_filesize\` numeric,
  	\`sizes_webp480_filename\` text,
  	\`sizes_webp960_url\` text,
  	\`sizes_webp960_width\` numeric,
  	\`sizes_webp960_height\` numeric,
  	\`sizes_webp960_mime_type\` text,
  	\`sizes_webp960_filesize\` numeric,
  	\`sizes_webp960_filename\` text,
  	\`sizes_webp1440_url\` text,
  	\`sizes_webp1440_width\` numeric,
  	\`sizes_webp1440_height\` numeric,
  	\`sizes_webp1440_mime_type\` text,
  	\`sizes_webp1440_filesize\` numeric,
  	\`sizes_webp1440_filename\` text,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "credit", "owner_id", "visibility", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_avif480_url", "sizes_avif480_width", "sizes_avif480_height", "sizes_avif480_mime_type", "sizes_avif480_filesize", "sizes_avif480_filename", "sizes_avif960_url", "sizes_avif960_width", "sizes_avif960_height", "sizes_avif960_mime_type", "sizes_avif960_filesize", "sizes_avif960_filename", "sizes_avif1440_url", "sizes_avif1440_width", "sizes_avif1440_height", "sizes_avif1440_mime_type", "sizes_avif1440_filesize", "sizes_avif1440_filename", "sizes_webp480_url", "sizes_webp480_width", "sizes_webp480_height", "sizes_webp480_mime_type", "sizes_webp480_filesize", "sizes_webp480_filename", "sizes_webp960_url", "sizes_webp960_width", "sizes_webp960_height", "sizes_webp960_mime_type", "sizes_webp960_filesize", "sizes_webp960_filename", "sizes_webp1440_url", "sizes_webp1440_width", "sizes_webp1440_height", "sizes_webp1440_mime_type", "sizes_webp1440_filesize", "sizes_webp1440_filename") SELECT "id", "credit", "owner_id", "visibility", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_avif480_url", "sizes_avif480_width", "sizes_avif480_height", "sizes_avif480_mime_type", "sizes_avif480_filesize", "sizes_avif480_filename", "sizes_avif960_url", "sizes_avif960_width", "sizes_avif960_height", "sizes_avif960_mime_type", "sizes_avif960_filesize", "sizes_avif960_filename", "sizes_avif1440_url", "sizes_avif1440_width", "sizes_avif1440_height", "sizes_avif1440_mime_type", "sizes_avif1440_filesize", "sizes_avif1440_filename", "sizes_webp480_url", "sizes_webp480_width", "sizes_webp480_height", "sizes_webp480_mime_type", "sizes_webp480_filesize", "sizes_webp480_filename", "sizes_webp960_url", "sizes_webp960_width", "sizes_webp960_height", "sizes_webp960_mime_type", "sizes_webp960_filesize", "sizes_webp960_filename", "sizes_webp1440_url", "sizes_webp1440_width", "sizes_webp1440_height", "sizes_webp1440_mime_type", "sizes_webp1440_filesize", "sizes_webp1440_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_owner_idx\` ON \`media\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`media_visibility_idx\` ON \`media\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_avif480_sizes_avif480_filename_idx\` ON \`media\` (\`sizes_avif480_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_avif960_sizes_avif960_filename_idx\` ON \`media\` (\`sizes_avif960_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_avif1440_sizes_avif1440_filename_idx\` ON \`media\` (\`sizes_avif1440_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_webp480_sizes_webp480_filename_idx\` ON \`media\` (\`sizes_webp480_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_webp960_sizes_webp960_filename_idx\` ON \`media\` (\`sizes_webp960_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_webp1440_sizes_webp1440_filename_idx\` ON \`media\` (\`sizes_webp1440_filename\`);`)
}
