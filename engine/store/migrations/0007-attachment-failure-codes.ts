/**
 * An attachment's failure is a code (`error_code`), worded by the renderer, never a
 * sentence in the database (issue 11). Rows written before carry English in `error`:
 * the sentences earlier versions wrote are converted by their known beginnings; the
 * old text stays where it was (nothing is dropped), and a row whose words match none
 * reads as a failed download. No CHECK on the code: the list will grow.
 */
import type { Migration } from './migration';

/** How each sentence earlier versions stored begins (or reads), and its code; first match wins. */
const knownSentences: ReadonlyArray<readonly [pattern: string, code: string]> = [
  ['The relay could not be reached%', 'relay-unreachable'],
  ['The file is no longer on the relay%', 'gone-from-relay'],
  ['The file is larger than the relay accepts.', 'too-large-for-relay'],
  ['Too many files at once%', 'relay-busy'],
  ['The relay refused the %', 'relay-refused'],
  ['The file was altered or damaged in transit.', 'altered'],
  ['The relay stored a different number of bytes%', 'altered'],
  ['The relay sent more bytes%', 'altered'],
  ['The stored file was altered or damaged, so it was not used. Download it again.', 'stored-copy-damaged'],
  ['The stored file was altered or damaged, so it was not used. Add the file again.', 'stored-copy-damaged-add-again'],
  ['This attachment cannot be downloaded:%', 'invalid-pointer'],
  ['The upload failed%', 'upload-failed'],
  ['The download failed%', 'download-failed'],
];

export const migration0007AttachmentFailureCodes: Migration = {
  version: 7,
  name: 'attachment-failure-codes',
  up(db) {
    db.exec('ALTER TABLE attachments ADD COLUMN error_code TEXT');
    const convert = db.prepare<[string, string]>('UPDATE attachments SET error_code = ? WHERE error_code IS NULL AND error LIKE ?');
    for (const [pattern, code] of knownSentences) convert.run(code, pattern);
  },
};
