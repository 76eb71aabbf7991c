import type pg from 'pg';

/*
 * What the stand-in reads from the catalog, as Supabase Realtime's SQL does (`apply_rls.sql`,
 * `subscriptions.ex`): the tables of the publication, a table's columns with their type names
 * (`pg_type.typname` for the event's `columns`, `format_type` for casts), its primary key and
 * whether row-level security is on, and which columns a role may select.
 */

export type TableColumn = { name: string; typname: string; sqlType: string; isPrimaryKey: boolean };
export type TableInfo = { schema: string; table: string; rowSecurity: boolean; columns: TableColumn[] };
export type PublishedTable = { oid: number; schema: string; table: string };

export async function publishedTables(db: pg.Pool, publication: string): Promise<PublishedTable[]> {
  const { rows } = await db.query<PublishedTable>(
    `select format('%I.%I', schemaname, tablename)::regclass::oid::int8 as oid, schemaname as schema, tablename as "table"
     from pg_publication_tables where pubname = $1 order by 2, 3`,
    [publication],
  );
  return rows.map((row) => ({ ...row, oid: Number(row.oid) }));
}

export async function tableInfo(db: pg.Pool, oid: number): Promise<TableInfo | null> {
  const { rows } = await db.query<{ schema: string; table: string; row_security: boolean; columns: TableColumn[] }>(
    `select n.nspname as schema, c.relname as "table", c.relrowsecurity as row_security,
       coalesce((
         select jsonb_agg(jsonb_build_object(
           'name', a.attname, 'typname', t.typname, 'sqlType', format_type(a.atttypid, a.atttypmod),
           'isPrimaryKey', coalesce(a.attnum = any(pk.conkey), false)) order by a.attnum)
         from pg_attribute a
         join pg_type t on t.oid = a.atttypid
         left join pg_constraint pk on pk.conrelid = c.oid and pk.contype = 'p'
         where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
       ), '[]') as columns
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.oid = $1`,
    [oid],
  );
  const row = rows[0];
  return row ? { schema: row.schema, table: row.table, rowSecurity: row.row_security, columns: row.columns } : null;
}

/** The columns of table `oid` that `role` may select; none if the role does not exist. */
export async function readableColumns(db: pg.Pool, oid: number, role: string): Promise<Set<string>> {
  const { rows } = await db.query<{ name: string }>(
    `select a.attname as name from pg_attribute a
     where a.attrelid = $1 and a.attnum > 0 and not a.attisdropped
       and case when to_regrole($2) is null then false else has_column_privilege($2, a.attrelid, a.attnum, 'SELECT') end`,
    [oid, role],
  );
  return new Set(rows.map(({ name }) => name));
}

/** `"schema"."table"` from catalog names, each quoted as PostgreSQL quotes identifiers. */
export const quotedName = ({ schema, table }: { schema: string; table: string }) =>
  `${quoteIdentifier(schema)}.${quoteIdentifier(table)}`;
export const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;
