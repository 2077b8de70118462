/**
 * Conversation events are structured rows, never sentences (issue 11): a verification
 * row says what happened in `error_code` (`verified`, `verification-cleared`) and the
 * renderer words it; an identity-change row needs no text at all. Rows written before
 * carry English in `error_text`; those whose words are known exactly are converted, and
 * any other text is kept as it is (nothing is dropped on a guess).
 */
import type { Migration } from './migration';

/** The exact words earlier versions stored for a safety-number change. */
const identityChangeText = 'This contact’s safety number changed. Verify it before you keep messaging.';

export const migration0006StructuredEvents: Migration = {
  version: 6,
  name: 'structured-events',
  up(db) {
    db.prepare(
      `UPDATE messages SET error_code = 'verified', error_text = NULL
        WHERE kind = 'verified-change' AND error_code IS NULL AND error_text LIKE 'You marked %’s safety number as verified.'`,
    ).run();
    db.prepare(
      `UPDATE messages SET error_code = 'verification-cleared', error_text = NULL
        WHERE kind = 'verified-change' AND error_code IS NULL AND error_text LIKE 'You cleared the verification of %’s safety number.'`,
    ).run();
    db.prepare(`UPDATE messages SET error_text = NULL WHERE kind = 'identity-change' AND error_text = ?`).run(identityChangeText);
  },
};
