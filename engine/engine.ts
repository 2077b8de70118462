/**
 * The client engine's facade: one device of a Parley account, under plain Node. The
 * phone CLI and the desktop host both run it; neither talks to libsignal, the store or
 * the relay directly. `compose.ts` builds it; each service is a module's (`modules/`).
 */
import type { InboxService } from './modules/inbox/service';
import type { PresenceService } from './modules/presence/service';
import type { AttachmentService } from './attachments/types';
import type { EngineEvents } from './events';
import type { Disposer, Emitter } from './kernel/emitter';
import type { StorageGuard } from './kernel/storage-guard';
import type { ContactsService } from './modules/contacts/service';
import type { ConversationsService } from './modules/conversations/service';
import type { DevicesService } from './modules/devices/service';
import type { EditsService } from './modules/edits/service';
import type { MessagingService } from './modules/messaging/service';
import type { ProfileService } from './modules/profile/service';
import type { ReactionsService } from './modules/reactions/service';
import type { SafetyService } from './modules/safety/service';
import type { SearchService } from './modules/search/service';
import type { DeviceConnectionState } from './relay-client/socket';
import type { EngineRuntime } from './runtime';
import type { LocalAccount, StorageFailureCode } from './store';

export type { EngineEvents } from './events';
export type { OutgoingMessageInput } from './modules/messaging/service';
export type { Profile } from './modules/profile/service';
export type { SafetyNumberComparison } from './modules/safety/service';

export interface EngineServices {
  /** Sending, retrying, reacting, editing and deleting messages; reading them. */
  readonly messaging: MessagingService & ReactionsService & EditsService;
  readonly conversations: ConversationsService;
  readonly contacts: ContactsService;
  readonly safety: SafetyService;
  readonly profile: ProfileService;
  readonly devices: DevicesService & {
    /** A new device: resolves once no history media fetch is in flight. */
    historyMediaSettled(): Promise<void>;
  };
  readonly attachments: AttachmentService;
  readonly search: SearchService;
  /** The business console: this device's business and roster. */
  readonly inbox: InboxService;
  /** Who is at the business console now (online-only, in memory). */
  readonly presence: PresenceService;
}

export interface EngineParts {
  readonly account: () => LocalAccount;
  readonly events: Emitter<EngineEvents>;
  readonly runtime: EngineRuntime;
  readonly guard: StorageGuard;
  readonly flushOutbox: () => Promise<void>;
  readonly services: EngineServices;
  /** What the modules do on each start (the console tells the other devices what it holds). */
  readonly started?: () => void;
  /** What the modules do before the connection closes on a clean stop (a desktop says it goes offline). */
  readonly stopping?: () => Promise<void>;
}

export class Engine implements EngineServices {
  readonly messaging: EngineServices['messaging'];
  readonly conversations: ConversationsService;
  readonly contacts: ContactsService;
  readonly safety: SafetyService;
  readonly profile: ProfileService;
  readonly devices: EngineServices['devices'];
  readonly attachments: AttachmentService;
  readonly search: SearchService;
  readonly inbox: InboxService;
  readonly presence: PresenceService;

  constructor(private readonly parts: EngineParts) {
    ({
      messaging: this.messaging,
      conversations: this.conversations,
      contacts: this.contacts,
      safety: this.safety,
      profile: this.profile,
      devices: this.devices,
      attachments: this.attachments,
      search: this.search,
      inbox: this.inbox,
      presence: this.presence,
    } = parts.services);
  }

  /** This device's account (throws on a store without one). */
  get account(): LocalAccount {
    return this.parts.account();
  }

  /** The relay connection's state now (events report later changes). */
  get connectionState(): DeviceConnectionState {
    return this.parts.runtime.connectionState;
  }

  /** Whether (and why) the database failed underneath this engine; it then neither acknowledges nor sends. */
  get storageFailed(): StorageFailureCode | undefined {
    return this.parts.guard.failed;
  }

  on<K extends keyof EngineEvents>(event: K, listener: (payload: EngineEvents[K]) => void): Disposer {
    return this.parts.events.on(event, listener);
  }

  /** Connects to the relay, receives the backlog, and sends what the outbox holds. */
  start(): void {
    this.parts.runtime.start();
    this.parts.started?.();
  }

  /** "Retry now": the relay connection's next attempt starts at once if it is waiting. */
  retryConnection(): void {
    this.parts.runtime.retryConnection();
  }

  /**
   * Disconnects and stops sending. Waits only for the sends already in flight (a few
   * lanes, one item each), never for the whole outbox: what is left goes out on the
   * next start, in order.
   */
  async stop(): Promise<void> {
    // Both begin now: the outbox must pause in this turn (a send queued just before stop()
    // stays queued), while the modules' goodbyes (a desktop saying it goes offline) travel
    // over HTTP, which the closing socket does not need.
    await Promise.all([this.parts.stopping?.(), this.parts.runtime.stop()]);
  }

  /**
   * Processes one envelope fetched by other means (the relay's pull endpoint, a test):
   * the same pipeline the socket uses. Resolves once it is committed or dropped.
   */
  handleEnvelope(envelope: Uint8Array): Promise<void> {
    return this.parts.runtime.receive(envelope);
  }

  /** Resolves once the outbox has been worked through (sent, failed, waiting for a retry or for the user). */
  flushOutbox(): Promise<void> {
    return this.parts.flushOutbox();
  }
}
