/**
 * How other modules take part in the messages this device writes, without messaging (or
 * edits) knowing them: the composition root wires each hook to the module that owns the
 * feature (the console signs and audits business replies, engine/modules/inbox/replies.ts).
 * Every hook runs inside the transaction that stores the message, so what it writes
 * commits with the message or not at all, and a hook that throws refuses the send.
 */
import type { Conversation, DeviceId, Message, MessageId, Timestamp } from '../../store';

export interface OutgoingMessageHooks {
  /**
   * The text to store and send for a new message, given what the user wrote (null: no
   * text, attachments only). A retry sends what was stored and does not ask again.
   */
  composing(draft: { readonly conversation: Conversation; readonly body: string | null }): string | null;
  /**
   * A new message was stored (and queued, when it has no attachments to upload first).
   * `sentAt` and `senderDeviceId` are how every device of the account names it.
   */
  stored(message: {
    readonly conversation: Conversation;
    readonly messageId: MessageId;
    readonly sentAt: Timestamp;
    readonly senderDeviceId: DeviceId;
  }): void;
  /** The text to store and send for an edit of `message` to `body`. */
  editing(edit: { readonly conversation: Conversation; readonly message: Message; readonly body: string }): string;
}
