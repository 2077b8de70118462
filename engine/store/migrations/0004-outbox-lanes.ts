/**
 * Outbox lanes (issue 10, item 4) and error codes on messages.
 *
 * - `outbox.lane`: items of one lane go out in order, lanes independently, so one
 *   contact's refused or retrying item no longer holds every other send. Existing items
 *   keep their order within the lane they fall into: syncs go to this account's own
 *   devices, everything else to its recipient (`to:<account id>`), as the engine names
 *   lanes (`defaultOutboxLane`).
 * - `messages.error_code`: why a message failed to send or could not be read, as a code
 *   the renderer phrases. No CHECK: the list of codes grows, and an unknown code from a
 *   newer build reads as a generic error.
 *
 * Both are added in place (no rebuild), so nothing cascades from `messages`.
 */
import type { Migration } from './migration';

export const migration0004OutboxLanes: Migration = {
  version: 4,
  name: 'outbox-lanes',
  up(db) {
    db.exec(`
      ALTER TABLE outbox ADD COLUMN lane TEXT NOT NULL DEFAULT '';
      UPDATE outbox SET lane = CASE kind WHEN 'sync' THEN 'own-devices' ELSE 'to:' || recipient_account_id END;
      CREATE INDEX outbox_by_lane ON outbox (lane, id);

      ALTER TABLE messages ADD COLUMN error_code TEXT;
    `);
  },
};
