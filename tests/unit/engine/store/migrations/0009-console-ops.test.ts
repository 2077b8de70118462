import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../engine/store/migrations';
import { migration0009ConsoleOps } from '../../../../../engine/store/migrations/0009-console-ops';
import { databaseAt } from './support';

describe('migration 0009-console-ops', () => {
  it('adds the console op table, one row per op id, and is applied once by the runner as version 9', () => {
    const db = databaseAt(8);
    db.transaction(() => {
      migration0009ConsoleOps.up(db);
    })();
    const insert = db.prepare(`INSERT INTO console_ops (id, seat, at, conversation, op, signature, refusal, received_at) VALUES (?, 's', ?, 'c', '{}', 'sig', ?, 1)`);
    insert.run('op-1', '000000000000010-00000-n', null);
    insert.run('op-2', '000000000000005-00000-n', 'unknown-seat');
    expect(() => insert.run('op-1', '000000000000011-00000-n', null)).toThrow(/UNIQUE|PRIMARY/);
    const plan = (db.prepare("EXPLAIN QUERY PLAN SELECT * FROM console_ops WHERE conversation = 'c' AND refusal IS NULL ORDER BY at").all() as Array<{ detail: string }>)
      .map((row) => row.detail)
      .join(' ');
    expect(plan).toContain('console_ops_by_conversation');

    const fresh = databaseAt(8);
    migrate(fresh, { target: 9 });
    expect(fresh.pragma('user_version', { simple: true })).toBe(9);
    expect(fresh.prepare('SELECT count(*) AS n FROM console_ops').get()).toEqual({ n: 0 });
  });
});
