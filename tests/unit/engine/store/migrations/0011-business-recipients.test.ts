import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../engine/store/migrations';
import { migration0011BusinessRecipients } from '../../../../../engine/store/migrations/0011-business-recipients';
import { alice, databaseAt } from './support';

describe('migration 0011-business-recipients', () => {
  it('marks every known recipient personal, allows only the two kinds, and is applied once by the runner as version 11', () => {
    const db = databaseAt(10);
    db.transaction(() => {
      migration0011BusinessRecipients.up(db);
    })();
    expect(db.prepare('SELECT kind, previous_device_count, devices_changed_at FROM recipients WHERE account_id = ?').get(alice)).toEqual({
      kind: 'personal',
      previous_device_count: null,
      devices_changed_at: null,
    });
    db.prepare(`UPDATE recipients SET kind = 'business' WHERE account_id = ?`).run(alice);
    expect(() => db.prepare(`UPDATE recipients SET kind = 'robot' WHERE account_id = ?`).run(alice)).toThrow(/CHECK/);

    const fresh = databaseAt(10);
    migrate(fresh, { target: 11 });
    expect(fresh.pragma('user_version', { simple: true })).toBe(11);
  });
});
