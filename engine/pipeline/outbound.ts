/**
 * What a module's service needs to send (DESIGN.md "pipeline/ … outbound"): content
 * goes into the persisted outbox as a job of a kind, in the lane of its conversation;
 * the engine wires this to the outbox runner, the modules never see it.
 */
import type { Clock } from '../kernel/clock';
import type { ContentFields } from '../../shared/proto/content';
import type { AccountId, ConversationId, LocalAccount, MessageId, OutboxItem } from '../store';

export interface OutboundPort {
  /** This device's account (throws before linking). */
  account(): LocalAccount;
  /** A sent timestamp never used before on this account, across restarts. */
  uniqueTimestamp(): number;
  now(): number;
  /**
   * The engine's clock; its hybrid timestamps order state this account's devices share
   * (call `tick`/`observe` inside the transaction that stores what uses them).
   */
  readonly clock: Clock;
  /**
   * Queues `content` for `recipients` (a conversation's members, or this account for a
   * sync to its other devices); call inside the transaction that made it.
   */
  enqueue(kind: OutboxItem['kind'], recipients: ReadonlyArray<AccountId>, messageId: MessageId | null, content: ContentFields): void;
  /** Messages a view shows changed here. */
  messagesChanged(conversationId: ConversationId, messageIds: ReadonlyArray<MessageId>): void;
}
