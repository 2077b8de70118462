/**
 * How the receive pipeline hands decrypted content to the modules (DESIGN.md "Inside
 * the engine": decrypt → dedupe → stage → route by content kind → commit → ack). The
 * pipeline decrypts, checks, addresses and commits; each module registers a
 * `ContentHandler` for the part of `Content` it owns, and the pipeline knows none of
 * them by name. Handlers run inside the envelope's transaction, in registration order;
 * what must wait for the commit (files, receipts) goes through `afterCommit`.
 */
import type { Content, DataMessage, EditMessage } from '../../shared/proto/content';
import type { AccountId, ConversationId, DeviceId, LocalAccount, MessageId, ServerGuid } from '../store';

export type ReceivedEvent =
  | { readonly kind: 'message'; readonly messageId: MessageId }
  | { readonly kind: 'message-updated'; readonly messageId: MessageId }
  /** Deleted for me on another device of this account. */
  | { readonly kind: 'message-removed'; readonly messageId: MessageId; readonly conversationId: ConversationId }
  /** A contact's profile or verification changed. */
  | { readonly kind: 'contact-updated'; readonly accountId: AccountId }
  /** This account's own profile changed on another of its devices. */
  | { readonly kind: 'profile-updated' }
  | { readonly kind: 'typing'; readonly accountId: AccountId; readonly deviceId: DeviceId; readonly started: boolean }
  | { readonly kind: 'identity-changed'; readonly accountId: AccountId }
  | { readonly kind: 'decryption-error-reported'; readonly accountId: AccountId; readonly deviceId: DeviceId; readonly sentAt: number };

/**
 * A data or edit message with its author and conversation: from a contact (incoming),
 * or a transcript of what this account sent from another of its devices (outgoing).
 * The pipeline works these out once, so no handler repeats the addressing rules.
 */
export interface AuthoredPart {
  readonly author: AccountId;
  readonly direction: 'incoming' | 'outgoing';
  /** The other party of the direct conversation. */
  readonly peer: AccountId;
  readonly conversationId: ConversationId;
  /** The handle the message names for `peer`, if any (checked before it is kept). */
  readonly peerHandle: string | null;
  readonly data: DataMessage | null;
  readonly edit: EditMessage | null;
}

export interface InboundContext {
  readonly me: LocalAccount;
  readonly sender: AccountId;
  readonly senderDevice: DeviceId;
  readonly guid: ServerGuid;
  readonly receivedAt: number;
  /** The whole decrypted content. */
  readonly content: Content;
  /** At most one: a contact's message, or a sent transcript from this account's other device. */
  readonly authored: ReadonlyArray<AuthoredPart>;
  /** True when this content waited for its target and is applied now that the target arrived. */
  readonly replay: boolean;
  emit(event: ReceivedEvent): void;
  /** Work that must wait until the transaction committed (files are not part of it). */
  afterCommit(work: () => void): void;
  /** The target is not here (yet): keep this content and apply it when the target arrives. */
  keepForLater(targetAuthor: AccountId, targetSentAt: number): void;
  /** A message by `author` sent at `sentAt` was stored: apply what waited for it. */
  replayWaiting(author: AccountId, sentAt: number): void;
}

export interface ContentHandler {
  /** For logs and tests. */
  readonly name: string;
  /**
   * Applies to earlier messages (reactions, edits, deletes), so it may wait for its
   * target and run again, as a replay, once the target arrives.
   */
  readonly actsOnEarlierMessages?: boolean;
  /** Applies the handler's part of `context.content`, inside the envelope's transaction. */
  apply(context: InboundContext): void;
}

/** The handlers modules registered, in order. */
export class ContentRouter {
  private readonly handlers: Array<ContentHandler> = [];

  register(...handlers: ReadonlyArray<ContentHandler>): this {
    for (const handler of handlers) {
      if (this.handlers.some((existing) => existing.name === handler.name)) throw new Error(`a content handler named ${handler.name} is registered twice`);
      this.handlers.push(handler);
    }
    return this;
  }

  get names(): ReadonlyArray<string> {
    return this.handlers.map((handler) => handler.name);
  }

  route(context: InboundContext): void {
    for (const handler of this.handlers) {
      if (context.replay && handler.actsOnEarlierMessages !== true) continue;
      handler.apply(context);
    }
  }
}
