import { timingSafeEqual } from 'node:crypto';
import type { IdentityReader, IdentityWriter } from '../interface';
import { UnknownIdentityError } from '../errors';
import type { SqliteDatabase } from '../sqlite';
import type { IdentityChange, IdentityRecord, IdentitySaveResult, VerifiedState } from '../types';
import type { Clock } from './rows';
import { copyBytes, toBoolean } from './rows';

interface IdentityRow {
  address_name: string;
  public_key: Buffer;
  verified: VerifiedState;
  first_seen_at: number;
  changed_at: number | null;
  change_pending: number;
}

interface ChangeRow {
  id: number;
  address_name: string;
  previous_key: Buffer;
  new_key: Buffer;
  changed_at: number;
  accepted_at: number | null;
}

function toIdentity(row: IdentityRow): IdentityRecord {
  return {
    addressName: row.address_name,
    publicKey: copyBytes(row.public_key),
    verified: row.verified,
    firstSeenAt: row.first_seen_at,
    changedAt: row.changed_at,
    changePending: toBoolean(row.change_pending),
  };
}

function toChange(row: ChangeRow): IdentityChange {
  return {
    id: row.id,
    addressName: row.address_name,
    previousKey: copyBytes(row.previous_key),
    newKey: copyBytes(row.new_key),
    changedAt: row.changed_at,
    acceptedAt: row.accepted_at,
  };
}

function sameKey(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createIdentityRepository(db: SqliteDatabase, clock: Clock): IdentityReader & IdentityWriter {
  const selectIdentity = db.prepare<[string], IdentityRow>('SELECT * FROM identity_keys WHERE address_name = ?');
  const selectPending = db.prepare<[], IdentityRow>(
    'SELECT * FROM identity_keys WHERE change_pending = 1 ORDER BY changed_at, address_name',
  );
  const selectChanges = db.prepare<[string], ChangeRow>(
    'SELECT * FROM identity_key_changes WHERE address_name = ? ORDER BY id',
  );
  const insertIdentity = db.prepare<[string, Uint8Array, number]>(
    'INSERT INTO identity_keys (address_name, public_key, first_seen_at) VALUES (?, ?, ?)',
  );
  const replaceKey = db.prepare<{ address_name: string; public_key: Uint8Array; now: number }>(
    `UPDATE identity_keys SET public_key = @public_key, changed_at = @now, change_pending = 1,
       verified = CASE verified WHEN 'verified' THEN 'unverified' ELSE verified END
     WHERE address_name = @address_name`,
  );
  const insertChange = db.prepare<[string, Uint8Array, Uint8Array, number]>(
    'INSERT INTO identity_key_changes (address_name, previous_key, new_key, changed_at) VALUES (?, ?, ?, ?)',
  );
  const clearPending = db.prepare<[string]>(
    'UPDATE identity_keys SET change_pending = 0 WHERE address_name = ? AND change_pending = 1',
  );
  const markAccepted = db.prepare<[number, string]>(
    'UPDATE identity_key_changes SET accepted_at = ? WHERE address_name = ? AND accepted_at IS NULL',
  );
  const updateVerified = db.prepare<[VerifiedState, string]>('UPDATE identity_keys SET verified = ? WHERE address_name = ?');

  const saveIdentityKey = db.transaction((addressName: string, publicKey: Uint8Array): IdentitySaveResult => {
    const existing = selectIdentity.get(addressName);
    const now = clock();
    if (existing === undefined) {
      insertIdentity.run(addressName, publicKey, now);
      return 'new';
    }
    if (sameKey(existing.public_key, publicKey)) return 'unchanged';
    replaceKey.run({ address_name: addressName, public_key: publicKey, now });
    insertChange.run(addressName, existing.public_key, publicKey, now);
    return 'replaced';
  });

  const acceptIdentityChange = db.transaction((addressName: string): boolean => {
    const changed = clearPending.run(addressName).changes > 0;
    markAccepted.run(clock(), addressName);
    return changed;
  });

  const setVerified = db.transaction((addressName: string, state: VerifiedState): void => {
    if (updateVerified.run(state, addressName).changes === 0) throw new UnknownIdentityError(addressName);
    // Comparing safety numbers against the current key is the strongest acceptance there is.
    if (state === 'verified') acceptIdentityChange(addressName);
  });

  return {
    getIdentity(addressName) {
      const row = selectIdentity.get(addressName);
      return row === undefined ? undefined : toIdentity(row);
    },
    listIdentityChanges(addressName) {
      return selectChanges.all(addressName).map(toChange);
    },
    listPendingIdentityChanges() {
      return selectPending.all().map(toIdentity);
    },
    saveIdentityKey(addressName, publicKey) {
      return saveIdentityKey(addressName, publicKey);
    },
    acceptIdentityChange(addressName) {
      return acceptIdentityChange(addressName);
    },
    setIdentityVerified(addressName, state) {
      setVerified(addressName, state);
    },
  };
}
