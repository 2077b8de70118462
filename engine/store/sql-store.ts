/**
 * The SQL implementation of `Store` over an open, migrated database. Each area of the
 * schema is one repository file under `sql/`; this file only joins them.
 */
import type { Store } from './interface';
import type { SqliteDatabase } from './sqlite';
import { createAccountRepository } from './sql/account';
import { createAttachmentRepository } from './sql/attachments';
import { createConversationRepository } from './sql/conversations';
import { createIdentityRepository } from './sql/identities';
import { createMessageRepository } from './sql/messages';
import { createOutboxRepository } from './sql/outbox';
import { createConsoleOpRepository } from './sql/console';
import { createConsoleStateRepository } from './sql/console-state';
import { createReceiptRepository } from './sql/receipts';
import { createRecipientRepository } from './sql/recipients';
import type { Clock } from './sql/rows';
import { createSignalKeyRepository } from './sql/signal-keys';

export interface SqlStoreOptions {
  /** Where timestamps the store writes come from; tests pass a fake clock. */
  readonly now?: Clock;
}

export function createSqlStore(db: SqliteDatabase, options: SqlStoreOptions = {}): Store {
  const clock = options.now ?? Date.now;
  return {
    ...createAccountRepository(db),
    ...createRecipientRepository(db, clock),
    ...createIdentityRepository(db, clock),
    ...createSignalKeyRepository(db, clock),
    ...createConversationRepository(db, clock),
    ...createMessageRepository(db, clock),
    ...createOutboxRepository(db, clock),
    ...createReceiptRepository(db),
    ...createConsoleOpRepository(db),
    ...createConsoleStateRepository(db),
    ...createAttachmentRepository(db, clock),
    databasePath: db.name,
    transaction<T>(work: () => T): T {
      return db.transaction(work)();
    },
    close() {
      if (!db.open) return;
      try {
        // Everything committed moves into the main file and the WAL is emptied, so a
        // clean shutdown leaves one self-contained file (SQLite only does this itself
        // when no other connection has the file open).
        db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // A database failing underneath (damage, I/O) still closes; the WAL keeps what it holds.
      }
      db.close();
    },
  };
}
