import type { ReceiptReader, ReceiptWriter } from '../interface';
import type { SqliteDatabase } from '../sqlite';
import type { Receipt } from '../types';
import { toAccountId, toDeviceId, toMessageId } from '../types';

interface ReceiptRow {
  message_id: string;
  account_id: string;
  device_id: number;
  delivered_at: number | null;
  read_at: number | null;
}

interface ReceiptParams {
  message_id: string;
  account_id: string;
  device_id: number;
  at: number;
}

function toReceipt(row: ReceiptRow): Receipt {
  return {
    messageId: toMessageId(row.message_id),
    accountId: toAccountId(row.account_id),
    deviceId: toDeviceId(row.device_id),
    deliveredAt: row.delivered_at,
    readAt: row.read_at,
  };
}

export function createReceiptRepository(db: SqliteDatabase): ReceiptReader & ReceiptWriter {
  const selectReceipts = db.prepare<[string], ReceiptRow>(
    'SELECT * FROM receipts WHERE message_id = ? ORDER BY account_id, device_id',
  );
  const upsertDelivered = db.prepare<ReceiptParams>(
    `INSERT INTO receipts (message_id, account_id, device_id, delivered_at)
     VALUES (@message_id, @account_id, @device_id, @at)
     ON CONFLICT (message_id, account_id, device_id) DO UPDATE SET
       delivered_at = coalesce(delivered_at, excluded.delivered_at)`,
  );
  // A read receipt implies delivery: a device that read a message also has it.
  const upsertRead = db.prepare<ReceiptParams>(
    `INSERT INTO receipts (message_id, account_id, device_id, delivered_at, read_at)
     VALUES (@message_id, @account_id, @device_id, @at, @at)
     ON CONFLICT (message_id, account_id, device_id) DO UPDATE SET
       delivered_at = coalesce(delivered_at, excluded.read_at), read_at = coalesce(read_at, excluded.read_at)`,
  );

  return {
    listReceipts(messageId) {
      return selectReceipts.all(messageId).map(toReceipt);
    },
    recordReceipt(messageId, accountId, deviceId, type, at) {
      const params = { message_id: messageId, account_id: accountId, device_id: deviceId, at };
      switch (type) {
        case 'delivered':
          upsertDelivered.run(params);
          return;
        case 'read':
          upsertRead.run(params);
          return;
      }
    },
  };
}
