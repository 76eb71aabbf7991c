/*
 * Decodes the messages of PostgreSQL's built-in `pgoutput` logical decoding plugin (protocol
 * version 1, https://www.postgresql.org/docs/15/protocol-logicalrep-message-formats.html), as
 * `pg_logical_slot_get_binary_changes` returns them, one message per row. Only what the change
 * feed needs: transaction begin (for the commit time), relations, and row inserts, updates and
 * deletes. Truncates, origins, types and commits are read as `other`.
 */

/** A column value as pgoutput sends it: text output, null, or an unchanged TOASTed value. */
export type TupleValue = string | null | { unchanged: true };

export type RelationColumn = { name: string; typeOid: number; typeModifier: number; isKey: boolean };
export type Relation = { oid: number; schema: string; table: string; columns: RelationColumn[] };

export type PgOutputMessage =
  | { kind: 'begin'; commitTime: Date }
  | { kind: 'relation'; relation: Relation }
  | { kind: 'insert'; relationOid: number; values: TupleValue[] }
  | { kind: 'update'; relationOid: number; old: TupleValue[] | null; oldIsKeyOnly: boolean; values: TupleValue[] }
  | { kind: 'delete'; relationOid: number; old: TupleValue[]; oldIsKeyOnly: boolean }
  | { kind: 'other'; tag: string };

// Timestamps count microseconds from 2000-01-01 00:00 UTC.
const postgresEpochMs = Date.UTC(2000, 0, 1);

class Reader {
  private offset = 0;
  constructor(private readonly buffer: Buffer) {}
  byte(): number {
    return this.buffer.readUInt8(this.advance(1));
  }
  char(): string {
    return String.fromCharCode(this.byte());
  }
  int16(): number {
    return this.buffer.readInt16BE(this.advance(2));
  }
  int32(): number {
    return this.buffer.readInt32BE(this.advance(4));
  }
  uint32(): number {
    return this.buffer.readUInt32BE(this.advance(4));
  }
  int64(): bigint {
    return this.buffer.readBigInt64BE(this.advance(8));
  }
  string(): string {
    const end = this.buffer.indexOf(0, this.offset);
    if (end < 0) throw new Error('pgoutput: unterminated string');
    const text = this.buffer.toString('utf8', this.offset, end);
    this.offset = end + 1;
    return text;
  }
  bytes(length: number): string {
    return this.buffer.toString('utf8', this.advance(length), this.offset);
  }
  private advance(length: number): number {
    const at = this.offset;
    if (at + length > this.buffer.length) throw new Error('pgoutput: message ends early');
    this.offset += length;
    return at;
  }
}

function tuple(reader: Reader): TupleValue[] {
  const count = reader.int16();
  const values: TupleValue[] = [];
  for (let i = 0; i < count; i++) {
    const kind = reader.char();
    if (kind === 'n') values.push(null);
    else if (kind === 'u') values.push({ unchanged: true });
    else if (kind === 't') values.push(reader.bytes(reader.int32()));
    else throw new Error(`pgoutput: column kind '${kind}' (binary values are not requested)`);
  }
  return values;
}

function relation(reader: Reader): Relation {
  const oid = reader.uint32();
  const schema = reader.string();
  const table = reader.string();
  reader.byte(); // replica identity setting
  const count = reader.int16();
  const columns: RelationColumn[] = [];
  for (let i = 0; i < count; i++) {
    const flags = reader.byte();
    columns.push({
      isKey: (flags & 1) === 1,
      name: reader.string(),
      typeOid: reader.uint32(),
      typeModifier: reader.int32(),
    });
  }
  return { oid, schema, table, columns };
}

export function decodePgOutput(message: Buffer): PgOutputMessage {
  const reader = new Reader(message);
  const tag = reader.char();
  switch (tag) {
    case 'B': {
      reader.int64(); // final LSN of the transaction
      const micros = reader.int64();
      return { kind: 'begin', commitTime: new Date(postgresEpochMs + Number(micros / 1000n)) };
    }
    case 'R':
      return { kind: 'relation', relation: relation(reader) };
    case 'I': {
      const relationOid = reader.uint32();
      reader.char(); // 'N': the new tuple follows
      return { kind: 'insert', relationOid, values: tuple(reader) };
    }
    case 'U': {
      const relationOid = reader.uint32();
      const marker = reader.char();
      let old: TupleValue[] | null = null;
      // 'K' (the key) or 'O' (the whole old row, REPLICA IDENTITY FULL) may come before 'N'.
      if (marker === 'K' || marker === 'O') {
        old = tuple(reader);
        reader.char();
      }
      const oldIsKeyOnly = marker === 'K';
      return { kind: 'update', relationOid, old, oldIsKeyOnly, values: tuple(reader) };
    }
    case 'D': {
      const relationOid = reader.uint32();
      const oldIsKeyOnly = reader.char() === 'K';
      return { kind: 'delete', relationOid, old: tuple(reader), oldIsKeyOnly };
    }
    default:
      return { kind: 'other', tag };
  }
}
