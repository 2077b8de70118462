import type { ConsoleOpReader, ConsoleOpWriter } from '../interface';
import type { SqliteDatabase } from '../sqlite';
import type { StoredConsoleOp } from '../types';

interface ConsoleOpRow {
  id: string;
  seat: string;
  at: string;
  conversation: string;
  op: string;
  signature: string;
  refusal: string | null;
  received_at: number;
}

function toOp(row: ConsoleOpRow): StoredConsoleOp {
  return { id: row.id, seat: row.seat, at: row.at, conversation: row.conversation, op: row.op, signature: row.signature, refusal: row.refusal, receivedAt: row.received_at };
}

export function createConsoleOpRepository(db: SqliteDatabase): ConsoleOpReader & ConsoleOpWriter {
  const insert = db.prepare<[string, string, string, string, string, string, string | null, number]>(
    `INSERT INTO console_ops (id, seat, at, conversation, op, signature, refusal, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO NOTHING`,
  );
  const applied = db.prepare<[], ConsoleOpRow>('SELECT * FROM console_ops WHERE refusal IS NULL ORDER BY at, id');
  const appliedIn = db.prepare<[string], ConsoleOpRow>('SELECT * FROM console_ops WHERE conversation = ? AND refusal IS NULL ORDER BY at, id');
  const refused = db.prepare<[], ConsoleOpRow>('SELECT * FROM console_ops WHERE refusal IS NOT NULL ORDER BY at, id');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM console_ops');
  const setRefusal = db.prepare<[string | null, string]>('UPDATE console_ops SET refusal = ? WHERE id = ?');
  const insertAudit = db.prepare<[string, number, string, number]>(
    'INSERT INTO console_audit (seat, seq, entry, received_at) VALUES (?, ?, ?, ?) ON CONFLICT (seat, seq) DO NOTHING',
  );
  const audit = db.prepare<[], { seat: string; seq: number; entry: string }>('SELECT seat, seq, entry FROM console_audit ORDER BY seat, seq');
  const lastAudit = db.prepare<[string], { seq: number; entry: string }>('SELECT seq, entry FROM console_audit WHERE seat = ? ORDER BY seq DESC LIMIT 1');
  return {
    listConsoleOps(options = {}) {
      if (options.refused === true) return refused.all().map(toOp);
      return (options.conversation === undefined ? applied.all() : appliedIn.all(options.conversation)).map(toOp);
    },
    countConsoleOps: () => count.get()?.n ?? 0,
    recordConsoleOp(op) {
      return insert.run(op.id, op.seat, op.at, op.conversation, op.op, op.signature, op.refusal, op.receivedAt).changes > 0;
    },
    setConsoleOpRefusal(id, refusal) {
      setRefusal.run(refusal, id);
    },
    listAuditEntries: () => audit.all(),
    lastAuditEntry: (seat) => lastAudit.get(seat),
    recordAuditEntry(seat, seq, entry, receivedAt) {
      return insertAudit.run(seat, seq, entry, receivedAt).changes > 0;
    },
  };
}
