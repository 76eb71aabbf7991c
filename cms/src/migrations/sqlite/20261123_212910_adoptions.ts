import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`adoptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`owner_id\` integer,
  	\`program_id\` integer,
  	\`contact_name\` text,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`program_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`adoptions_owner_idx\` ON \`adoptions\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`adoptions_program_idx\` ON \`adoptions\` (\`program_id\`);`)
  await db.run(sql`CREATE INDEX \`adoptions_updated_at_idx\` ON \`adoptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`adoptions_created_at_idx\` ON \`adoptions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`adoptions__status_idx\` ON \`adoptions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`adoptions_locales\` (
  	\`local_intro\` text,
  	\`contact_role\` text,
  	\`contact_hours\` text,
  	\`practical_notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`adoptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`adoptions_locales_locale_parent_id_unique\` ON \`adoptions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_adoptions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_owner_id\` integer,
  	\`version_program_id\` integer,
  	\`version_contact_name\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_email\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`adoptions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_program_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_adoptions_v_parent_idx\` ON \`_adoptions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_adoptions_v_version_version_owner_idx\` ON \`_adoptions_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_adoptions_v_version_version_program_idx\` ON \`_adoptions_v\` (\`version_program_id\`);`)
  await db.run(sql`CREATE INDEX \`_adoptions_v_version_version_updated_at_idx\` ON \`_adoptions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_adoptions_v_version_version_created_at_idx\` ON \`_adoptions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_adoptions_v_version_version__status_idx\` ON \`_adoptions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_adoptions_v_created_at_idx\` ON \`_adoptions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_adoptions_v_updated_at_idx\` ON \`_adoptions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_adoptions_v_snapshot_idx\` ON \`_adoptions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_adoptions_v_published_locale_idx\` ON \`_adoptions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_adoptions_v_latest_idx\` ON \`_adoptions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_adoptions_v_locales\` (
  	\`version_local_intro\` text,
  	\`version_contact_role\` text,
  	\`version_contact_hours\` text,
  	\`version_practical_notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_adoptions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_adoptions_v_locales_locale_parent_id_unique\` ON \`_adoptions_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`adoptions_id\` integer REFERENCES adoptions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_adoptions_id_idx\` ON \`payload_locked_documents_rels\` (\`adoptions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`adoptions\`;`)
  await db.run(sql`DROP TABLE \`adoptions_locales\`;`)
  await db.run(sql`DROP TABLE \`_adoptions_v\`;`)
  await db.run(sql`DROP TABLE \`_adoptions_v_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`organisations_id\` integer,
  	\`programs_id\` integer,
  	\`modules_id\` integer,
  	\`lessons_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programs_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`modules_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "organisations_id", "programs_id", "modules_id", "lessons_id") SELECT "id", "order", "parent_id", "path", "users_id", "organisations_id", "programs_id", "modules_id", "lessons_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programs_id_idx\` ON \`payload_locked_documents_rels\` (\`programs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_modules_id_idx\` ON \`payload_locked_documents_rels\` (\`modules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lessons_id_idx\` ON \`payload_locked_documents_rels\` (\`lessons_id\`);`)
}
