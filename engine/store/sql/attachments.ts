/**
 * The `attachments` table (migration 0003). A row's conversation is its message's: the
 * table does not repeat it, so a message moving or going away cannot leave it stale.
 */
import type {
  AttachmentDirection,
  AttachmentReader,
  AttachmentRecord,
  AttachmentTransferState,
  AttachmentUpdate,
  AttachmentWriter,
  NewAttachment,
} from '../../attachments/types';
import type { SqliteDatabase } from '../sqlite';
import { toAttachmentId, toConversationId, toMessageId } from '../types';
import { attachmentFailureCodes } from '../../../shared/domain/codes';
import type { AttachmentFailureCode } from '../../../shared/domain/codes';
import type { Clock } from './rows';
import { copyBytes, copyNullableBytes, toBoolean } from './rows';

interface AttachmentRow {
  id: string;
  message_id: string | null;
  conversation_id: string | null;
  position: number;
  direction: AttachmentDirection;
  content_type: string;
  file_name: string | null;
  size: number;
  width: number | null;
  height: number | null;
  duration_ms: number | null;
  voice_note: number;
  blob_id: string | null;
  key: Uint8Array;
  digest: Uint8Array | null;
  local_file: string | null;
  state: AttachmentTransferState;
  progress: number;
  /** Sentences earlier versions stored; only read to say that a row failed. */
  error: string | null;
  error_code: string | null;
  created_at: number;
}

const failureCodes: ReadonlySet<string> = new Set(attachmentFailureCodes);

/** The row's failure code; a failure only an older version described (in words) reads as a failed download. */
function failureOf(row: Pick<AttachmentRow, 'error' | 'error_code'>): AttachmentFailureCode | null {
  if (row.error_code !== null && failureCodes.has(row.error_code)) return row.error_code as AttachmentFailureCode;
  return row.error_code !== null || row.error !== null ? 'download-failed' : null;
}

function toRecord(row: AttachmentRow): AttachmentRecord {
  return {
    id: toAttachmentId(row.id),
    messageId: row.message_id === null ? null : toMessageId(row.message_id),
    conversationId: row.conversation_id === null ? null : toConversationId(row.conversation_id),
    position: row.position,
    direction: row.direction,
    contentType: row.content_type,
    fileName: row.file_name,
    size: row.size,
    width: row.width,
    height: row.height,
    durationMs: row.duration_ms,
    voiceNote: toBoolean(row.voice_note),
    blobId: row.blob_id,
    key: copyBytes(row.key),
    digest: copyNullableBytes(row.digest),
    localFile: row.local_file,
    state: row.state,
    progress: row.progress,
    error: failureOf(row),
    createdAt: row.created_at,
  };
}

const select = 'SELECT a.*, m.conversation_id FROM attachments a LEFT JOIN messages m ON m.id = a.message_id';

/** The columns an update may touch; the map doubles as the whitelist for the dynamic SET. */
const updatableColumns: { readonly [K in keyof Required<AttachmentUpdate>]: string } = {
  blobId: 'blob_id',
  digest: 'digest',
  localFile: 'local_file',
  state: 'state',
  progress: 'progress',
  error: 'error_code',
  messageId: 'message_id',
  position: 'position',
};

type SqlValue = string | number | Uint8Array | null;

function toSqlValue(value: AttachmentUpdate[keyof AttachmentUpdate]): SqlValue {
  if (value === undefined) return null;
  if (value instanceof Uint8Array) return Buffer.from(value);
  return value;
}

export function createAttachmentRepository(db: SqliteDatabase, clock: Clock): AttachmentReader & AttachmentWriter {
  const selectById = db.prepare<[string], AttachmentRow>(`${select} WHERE a.id = ?`);
  const selectForMessage = db.prepare<[string], AttachmentRow>(`${select} WHERE a.message_id = ? ORDER BY a.position, a.created_at`);
  const selectForConversation = db.prepare<[string, number], AttachmentRow>(
    `${select} WHERE m.conversation_id = ? ORDER BY m.sent_at DESC, m.received_at DESC, a.position LIMIT ?`,
  );
  const selectInStates = db.prepare<[string], AttachmentRow>(
    `${select} WHERE a.state IN (SELECT value FROM json_each(?)) ORDER BY a.created_at`,
  );
  const selectFiles = db.prepare<[], { local_file: string }>('SELECT local_file FROM attachments WHERE local_file IS NOT NULL');
  const insert = db.prepare<[Record<string, SqlValue>]>(
    `INSERT INTO attachments (id, message_id, position, direction, content_type, file_name, size, width, height,
       duration_ms, voice_note, blob_id, key, digest, local_file, state, progress, error_code, created_at)
     VALUES (@id, @message_id, @position, @direction, @content_type, @file_name, @size, @width, @height,
       @duration_ms, @voice_note, @blob_id, @key, @digest, @local_file, @state, @progress, @error_code, @created_at)`,
  );
  const filesForMessage = db.prepare<[string], { local_file: string | null }>('SELECT local_file FROM attachments WHERE message_id = ?');
  const deleteForMessage = db.prepare<[string]>('DELETE FROM attachments WHERE message_id = ?');
  const deleteById = db.prepare<[string]>('DELETE FROM attachments WHERE id = ?');
  const updates = new Map<string, ReturnType<typeof db.prepare>>();

  const removeForMessage = db.transaction((messageId: string): Array<string> => {
    const files = filesForMessage.all(messageId).flatMap((row) => (row.local_file === null ? [] : [row.local_file]));
    deleteForMessage.run(messageId);
    return files;
  });

  return {
    getAttachment(id) {
      const row = selectById.get(id);
      return row === undefined ? undefined : toRecord(row);
    },
    listAttachmentsForMessage(messageId) {
      return selectForMessage.all(messageId).map(toRecord);
    },
    listAttachmentsForConversation(conversationId, limit) {
      return selectForConversation.all(conversationId, limit).map(toRecord);
    },
    listAttachmentsInStates(states) {
      return selectInStates.all(JSON.stringify(states)).map(toRecord);
    },
    listAttachmentFiles() {
      return selectFiles.all().map((row) => row.local_file);
    },
    insertAttachment(attachment: NewAttachment) {
      insert.run({
        id: attachment.id,
        message_id: attachment.messageId,
        position: attachment.position,
        direction: attachment.direction,
        content_type: attachment.contentType,
        file_name: attachment.fileName,
        size: attachment.size,
        width: attachment.width,
        height: attachment.height,
        duration_ms: attachment.durationMs,
        voice_note: attachment.voiceNote ? 1 : 0,
        blob_id: attachment.blobId,
        key: Buffer.from(attachment.key),
        digest: attachment.digest === null ? null : Buffer.from(attachment.digest),
        local_file: attachment.localFile,
        state: attachment.state,
        progress: attachment.progress,
        error_code: attachment.error,
        created_at: clock(),
      });
    },
    updateAttachment(id, update) {
      const fields = (Object.keys(updatableColumns) as Array<keyof AttachmentUpdate>).filter((field) => field in update);
      if (fields.length === 0) return;
      const signature = fields.join(',');
      let statement = updates.get(signature);
      if (statement === undefined) {
        statement = db.prepare(
          `UPDATE attachments SET ${fields.map((field) => `${updatableColumns[field]} = @${field}`).join(', ')} WHERE id = @id`,
        );
        updates.set(signature, statement);
      }
      const params: Record<string, SqlValue> = { id };
      for (const field of fields) params[field] = toSqlValue(update[field]);
      statement.run(params);
    },
    deleteAttachmentsForMessage(messageId) {
      return removeForMessage(messageId);
    },
    deleteAttachment(id) {
      const row = selectById.get(id);
      if (row === undefined) return null;
      deleteById.run(id);
      return row.local_file;
    },
  };
}
