import { randomUUID } from 'node:crypto';
import type { TestDatabase } from '../harness/database.ts';
import { type PersonaName, personaNames, type World } from '../harness/fixtures.ts';

/*
 * The row-level security matrix: every persona × every table × select/insert/update/delete, each
 * probe in its own transaction, rolled back. A probe "can" when a select sees the fixture row, an
 * insert of a fresh valid row succeeds, or an update/delete touches the fixture row. Refusals by
 * privilege and by policy both count as "cannot".
 */

export const commands = ['select', 'insert', 'update', 'delete'] as const;
export type Command = (typeof commands)[number];

export interface Target {
  name: string;
  table: string;
  /** Identifies the fixture row: column → value. */
  key: Record<string, unknown>;
  /** A new row that is valid for the table; `prepare` writes anything it depends on. */
  insert: { values: Record<string, unknown>; prepare?: string };
  /** A column every role allowed to update may set (to itself: nothing changes). */
  updates: string;
  /** Letters for what each persona can do: s(elect) i(nsert) u(pdate) d(elete). */
  expected: Record<PersonaName, string>;
}

export interface Mismatch {
  target: string;
  persona: PersonaName;
  command: Command;
  expected: boolean;
  actual: boolean;
}

const letter: Record<Command, string> = { select: 's', insert: 'i', update: 'u', delete: 'd' };

function where(key: Record<string, unknown>, offset = 0) {
  const columns = Object.keys(key);
  return {
    sql: columns.map((column, index) => `${column} = $${index + 1 + offset}`).join(' and '),
    params: Object.values(key),
  };
}

async function probe(db: TestDatabase, world: World, target: Target, persona: PersonaName, command: Command) {
  const caller = world.callers[persona];
  const table = `public.${target.table}`;
  const condition = where(target.key);
  try {
    if (command === 'select') {
      const result = await db.request(caller, `select 1 from ${table} where ${condition.sql}`, condition.params, {
        rollback: true,
      });
      return (result.rowCount ?? 0) > 0;
    }
    if (command === 'insert') {
      const columns = Object.keys(target.insert.values);
      const placeholders = columns.map((_, index) => `$${index + 1}`).join(', ');
      await db.request(
        caller,
        `insert into ${table} (${columns.join(', ')}) values (${placeholders})`,
        Object.values(target.insert.values),
        { rollback: true, ...(target.insert.prepare ? { prepare: target.insert.prepare } : {}) },
      );
      return true;
    }
    const sql =
      command === 'update'
        ? `update ${table} set ${target.updates} = ${target.updates} where ${condition.sql}`
        : `delete from ${table} where ${condition.sql}`;
    const result = await db.request(caller, sql, condition.params, { rollback: true });
    return (result.rowCount ?? 0) > 0;
  } catch (error) {
    const { code } = error as { code?: string };
    // 42501: no privilege, or a row refused by a policy's check. Anything else is a broken probe.
    if (code === '42501') return false;
    // 23503 on delete: the policy let it through and a foreign key kept the rows that depend on it.
    if (code === '23503' && command === 'delete') return true;
    throw new Error(`${target.name} ${command} as ${persona}: ${(error as Error).message}`);
  }
}

export async function runMatrix(db: TestDatabase, world: World, targets: Target[]) {
  const mismatches: Mismatch[] = [];
  let cells = 0;
  for (const target of targets) {
    for (const persona of personaNames) {
      for (const command of commands) {
        cells += 1;
        const expected = target.expected[persona].includes(letter[command]);
        const actual = await probe(db, world, target, persona, command);
        if (expected !== actual) mismatches.push({ target: target.name, persona, command, expected, actual });
      }
    }
  }
  return { cells, mismatches };
}

/** A fresh id for rows a probe inserts. */
export const freshId = () => randomUUID();
