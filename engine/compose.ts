/**
 * The composition root (DESIGN.md "engine/"): builds one device's engine from its store
 * and relay URL by constructor injection, registers each module's inbound content
 * handlers and outbox job handlers, and hands the host a facade of services. Nothing
 * else constructs engine parts.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { IdentityKeyPair } from '@signalapp/libsignal-client';
import { generateOneTimeKeys, generateRegistrationId, generateSignedKeys } from './account/keys';
import { AttachmentManager } from './attachments';
import type { AttachmentService } from './attachments/types';
import { deriveAccessKey } from './crypto/access-key';
import { Engine } from './engine';
import type { EngineEvents } from './events';
import { announcer } from './events';
import { Emitter } from './kernel/emitter';
import type { EngineLogger } from './kernel/logger';
import { inBackground, redactingLogger, silentLogger } from './kernel/logger';
import type { Scheduler } from './kernel/scheduler';
import { systemScheduler } from './kernel/scheduler';
import { StorageGuard } from './kernel/storage-guard';
import { persistedClock } from './kernel/clock';
import { createBusiness } from './modules/inbox/business';
import { persistedTimestamps } from './kernel/timestamps';
import { historyManifestHandler } from './linking/history-inbound';
import { HistoryMediaReceiver } from './linking/history-media';
import { encodeContent } from './messaging/content-codec';
import { OutboxRunner } from './messaging/outbox';
import { MessageSender } from './messaging/sender';
import { Transport } from './messaging/transport';
import { contactDetailsHandler } from './modules/contacts/inbound';
import { createContactsService } from './modules/contacts/service';
import { createConversationsService } from './modules/conversations/service';
import { createDevicesService } from './modules/devices/service';
import { editHandlers } from './modules/edits/inbound';
import { createEditsService } from './modules/edits/service';
import { messagingHandlers } from './modules/messaging/inbound';
import { messagingJobs } from './modules/messaging/jobs';
import { createMessagingService } from './modules/messaging/service';
import { profileHandler } from './modules/profile/inbound';
import { createProfileService } from './modules/profile/service';
import { reactionHandler } from './modules/reactions/inbound';
import { createReactionsService } from './modules/reactions/service';
import { createReceiptsService } from './modules/receipts/service';
import { verifiedSyncHandler } from './modules/safety/inbound';
import { createSafetyService } from './modules/safety/service';
import { createSearchService } from './modules/search/service';
import { consoleHandler } from './modules/inbox/inbound';
import { createInboxService } from './modules/inbox/service';
import { consoleReplies } from './modules/inbox/replies';
import { createAssignmentService } from './modules/assignment/service';
import { presenceHandler } from './modules/presence/inbound';
import { createPresenceService } from './modules/presence/service';
import { Mutex } from './mutex';
import { createDelivery, OutboxJobs } from './pipeline/delivery';
import { ContentRouter } from './pipeline/inbound';
import type { OutboundPort } from './pipeline/outbound';
import { ReceivePipeline } from './pipeline/receiver';
import { RelayHttpClient } from './relay-client/http';
import { EngineRuntime } from './runtime';
import { createSignalStores } from './signal';
import { recordInternals } from './testing';
import type { AccountId, LocalAccount, Message, Store } from './store';
import { NoLocalAccountError, toAccountId, toDeviceId } from './store';

export type { EngineLogger };

export interface EngineOptions {
  readonly store: Store;
  readonly relayUrl: string;
  readonly now?: () => number;
  /** The engine's timers (receipt batching, outbox retries); a ManualScheduler in tests. */
  readonly scheduler?: Scheduler;
  /** Where the engine reports what it dropped, retried or stopped for (a pino logger fits); redacted on the way. */
  readonly logger?: Partial<EngineLogger> & Pick<EngineLogger, 'warn'>;
  /**
   * Builds the attachment service for this engine; by default an `AttachmentManager`
   * whose encrypted files live in `attachments/` next to the database.
   */
  readonly attachments?: (deps: { readonly store: Store; readonly relay: RelayHttpClient; readonly now: () => number }) => AttachmentService;
}

/** An engine over a store that holds an account (registered or linked before). */
export function createEngine(options: EngineOptions): Engine {
  const { store, relayUrl } = options;
  const now = options.now ?? Date.now;
  const scheduler = options.scheduler ?? systemScheduler;
  const log = options.logger === undefined ? silentLogger : redactingLogger(options.logger);
  const events = new Emitter<EngineEvents>((event, error) => {
    log.error({ event: 'listener-failed', on: event, error }, 'an event listener threw');
  });
  const account = (): LocalAccount => {
    const local = store.getAccount();
    if (local === undefined) throw new NoLocalAccountError();
    return local;
  };
  const stored = store.getAccount();
  const relay = new RelayHttpClient(
    relayUrl,
    stored === undefined ? undefined : { accountId: stored.accountId, deviceId: stored.deviceId, password: stored.relayPassword },
  );
  const guard = new StorageGuard();
  const timestamps = persistedTimestamps(store, now);
  // The one clock: wall time, and the hybrid clock that orders state this account's devices share.
  const clock = persistedClock(
    store,
    () => {
      const local = account();
      return `${local.accountId}.${String(local.deviceId)}`;
    },
    now,
  );
  const signal = createSignalStores(store);
  /** One at a time: sending and receiving both advance libsignal sessions. */
  const sessionLock = new Mutex();
  const sender = new MessageSender(store, relay, signal, account, sessionLock, now);
  const transport = new Transport({ store, relay, sender, signal, sessionLock, account, now });
  const attachmentDeps = { store, relay, now };
  const attachments =
    options.attachments?.(attachmentDeps) ??
    new AttachmentManager({ ...attachmentDeps, scheduler, dir: path.join(path.dirname(store.databasePath), 'attachments') });
  const historyMedia = new HistoryMediaReceiver({ store, relay, attachments, now, scheduler });
  const removeFilesLater = (messageId: Parameters<AttachmentService['removeForMessage']>[0]): void => {
    inBackground(log, 'attachment-removal-failed', attachments.removeForMessage(messageId));
  };

  // Late-bound: the outbox's delegate needs the modules, the modules need the outbox
  // (nothing sends before the composition below is complete).
  const kick = (): void => {
    runner.kick();
  };
  const release = (): void => {
    runner.release();
  };
  const awaitsAcceptance = (recipient: AccountId): boolean =>
    recipient !== account().accountId && store.getIdentity(recipient)?.changePending === true;
  // A lane held for a safety-number change must look again, so a new message fails visibly instead of waiting unseen.
  const wake = (recipients: ReadonlyArray<AccountId>): void => {
    if (recipients.some(awaitsAcceptance)) release();
    else kick();
  };
  const messagesChanged: OutboundPort['messagesChanged'] = (conversationId, messageIds) => {
    events.emit('messagesChanged', { conversationId, messageIds });
  };
  const out: OutboundPort = {
    account,
    uniqueTimestamp: () => timestamps.next(),
    now,
    clock,
    enqueue: (kind, recipients, messageId, content) => {
      store.enqueueOutbox({ kind, recipients, messageId, payload: encodeContent(content) });
      kick();
    },
    messagesChanged,
  };
  const announce = announcer(events, store, release);
  const statusChanged = (message: Pick<Message, 'id' | 'conversationId'>): void => {
    events.emit('messageStatus', { messageId: message.id });
    messagesChanged(message.conversationId, [message.id]);
  };

  // --- modules ------------------------------------------------------------------------
  const receipts = createReceiptsService({ store, out, scheduler, guard });
  const profile = createProfileService(store, out, () => {
    events.emit('profileChanged', undefined);
  });
  const safety = createSafetyService(store, out, (accountId) => {
    announce({ kind: 'contact-updated', accountId });
  });
  const consoleToOwnDevices = (payload: string): void => {
    out.enqueue('sync', [account().accountId], null, { syncMessage: { console: { payload: Buffer.from(payload) } } });
  };
  // A business device's replies to customers are signed (when the business asks) and audited by the console.
  const replies = consoleReplies(store, { clock, now, sendToOwnDevices: consoleToOwnDevices });
  const messaging = createMessagingService({
    store,
    out,
    attachments,
    guard,
    shareProfile: (recipient) => {
      profile.shareIfChanged(recipient);
    },
    wake,
    // Typing is online-only: an indicator that arrives later than now means nothing.
    sendNow: (recipient, payload, timestamp) => transport.sendOnline(recipient, payload, timestamp),
    statusChanged,
    hooks: replies,
  });
  const reactions = createReactionsService(store, out);
  const edits = createEditsService({ store, out, removeFiles: (messageId) => attachments.removeForMessage(messageId), removeFilesLater, hooks: replies });
  const conversations = createConversationsService({
    store,
    receipts,
    changed: (conversationIds) => {
      events.emit('conversationsChanged', { conversationIds });
    },
  });

  // Presence never touches the outbox: online-only, to this account's devices connected now.
  const presence = createPresenceService({
    store,
    account,
    now,
    scheduler,
    log,
    sendOnline: (content, timestamp) => transport.sendOnline(account().accountId, content, timestamp),
    changed: (seats) => {
      events.emit('presenceChanged', { seats });
    },
  });

  // --- receiving: each module's handlers for its part of a content, in the order they apply
  const router = new ContentRouter().register(
    contactDetailsHandler(store),
    ...messagingHandlers({
      store,
      attachments: () => attachments,
      queueDeliveryReceipt: (accountId, sentAt) => {
        receipts.queueDelivery(accountId, sentAt);
      },
    }),
    reactionHandler(store),
    ...editHandlers(store, removeFilesLater),
    profileHandler(store),
    verifiedSyncHandler(store, now),
    historyManifestHandler((history, senderDeviceId) => {
      historyMedia.record(history, senderDeviceId);
    }),
    consoleHandler(store, {
      clock,
      sendToOwnDevices: consoleToOwnDevices,
      changed: () => {
        events.emit('consoleChanged', undefined);
      },
      refused: (reason) => {
        log.warn({ event: 'console-payload-refused', reason }, 'console sync refused');
      },
      notice: (notices) => {
        events.emit('consoleNotice', { notices });
      },
    }),
    presenceHandler((announcement, deviceId) => {
      presence.heard(announcement, deviceId);
    }),
  );
  const receiver = new ReceivePipeline({
    store,
    local: account,
    router,
    sessionLock,
    trustRoot: () => transport.trustRoot(),
    now,
    log,
    effects: {
      sendDecryptionError: (accountId, deviceId, report) => {
        inBackground(log, 'decryption-error-report-failed', transport.reportDecryptionError(accountId, deviceId, report));
      },
      emit: (event) => {
        events.emit('received', event);
        announce(event);
      },
      onUnattributable: ({ reason, error }) => {
        log.warn({ event: 'envelope-dropped', reason, error }, 'envelope dropped');
      },
      onUnreadable: ({ reason, field, error }) => {
        log.warn({ event: 'envelope-unreadable', reason, field, error }, 'envelope unreadable');
      },
    },
  });

  // --- sending: the outbox runs jobs by kind, with handlers the modules register
  const delivery = createDelivery({
    store,
    jobs: new OutboxJobs().register(...messagingJobs(store)),
    account,
    now,
    log,
    send: (recipient, payload, timestamp, urgent) => transport.send(recipient, payload, timestamp, urgent),
    awaitsAcceptance,
    noteIdentityChange: (accountId) => {
      safety.noteIdentityChange(accountId);
    },
    identityChanged: (accountId, failedMessageId) => {
      if (failedMessageId !== null) events.emit('messageStatus', { messageId: failedMessageId });
      const event = { kind: 'identity-changed', accountId } as const;
      events.emit('received', event);
      announce(event);
      const conversation = store.getDirectConversation(accountId);
      if (conversation !== undefined) messagesChanged(conversation.id, failedMessageId === null ? [] : [failedMessageId]);
    },
    messageChanged: statusChanged,
  });
  const runner = new OutboxRunner({
    store,
    now,
    scheduler,
    delegate: {
      ...delivery,
      storageFailed: (code) => {
        guard.fail(code);
      },
      retrying: (item, failure) => {
        log.warn({ event: 'outbox-retry', lane: item.lane, kind: item.kind, code: failure.code }, 'send will be retried');
      },
      laneFailed: (lane, error) => {
        log.warn({ event: 'outbox-lane-failed', lane, error }, 'outbox lane parked');
      },
      idle: () => {
        events.emit('outboxIdle', undefined);
      },
    },
  });

  // A storage failure stops sending and the receipt timer first, then the connection (runtime).
  guard.onFailure(() => {
    runner.halt();
    receipts.discard();
  });
  const runtime = new EngineRuntime({
    store,
    relayUrl,
    relay,
    account,
    now,
    scheduler,
    log,
    events,
    guard,
    receiver,
    outbox: runner,
    transport,
    historyMedia,
    attachments,
    onStart: () => {
      messaging.resumeUploads();
    },
    onStop: () => {
      receipts.flush();
    },
  });

  const inbox = createInboxService(store, {
    clock,
    now,
    sendToOwnDevices: consoleToOwnDevices,
    changed: () => {
      events.emit('consoleChanged', undefined);
    },
  });
  // Before anything reads a view: rows made by an older version are rebuilt from the ops.
  inbox.rebuild();
  const assignment = createAssignmentService({
    store,
    clock,
    now,
    scheduler,
    log,
    presence,
    connected: () => runtime.connectionState.kind === 'open',
    guarded: (work) => {
      guard.run(work);
    },
    sendToOwnDevices: consoleToOwnDevices,
    changed: () => {
      events.emit('consoleChanged', undefined);
    },
  });
  // The assigner looks again whenever a customer writes, an op arrives or someone comes or goes.
  events.on('messagesChanged', () => {
    assignment.schedule();
  });
  events.on('consoleChanged', () => {
    presence.refresh();
    assignment.schedule();
  });
  events.on('presenceChanged', () => {
    assignment.schedule();
  });
  events.on('connection', (state) => {
    if (state.kind === 'open') presence.connected();
  });
  guard.onFailure(() => {
    assignment.stop();
    inBackground(log, 'presence-stop-failed', presence.stop());
  });
  const engine = new Engine({
    account,
    events,
    runtime,
    guard,
    flushOutbox: () => runner.whenIdle(),
    started: () => {
      guard.run(() => {
        inbox.announce();
        presence.start();
        assignment.start();
      });
    },
    stopping: async () => {
      assignment.stop();
      await presence.stop();
    },
    services: {
      messaging: { ...messaging, ...reactions, ...edits },
      conversations,
      contacts: createContactsService({ store, relay }),
      safety,
      profile,
      devices: {
        ...createDevicesService({ store, relay, attachments, out, flush: () => runner.whenIdle() }),
        historyMediaSettled: () => historyMedia.idle(),
      },
      attachments,
      search: createSearchService(store),
      inbox,
      presence,
    },
  });
  recordInternals(engine, { store, relay, events });
  return engine;
}

/** Registers a new account with this device as its primary (device 1): what the phone does once. */
export async function registerPrimary(
  options: EngineOptions & {
    readonly handle: string;
    /** A business account: its name; the phone makes the business root key and its owner seat. */
    readonly business?: { readonly name: string };
  },
): Promise<Engine> {
  const { store } = options;
  if (store.getAccount() !== undefined) throw new Error('This profile already has an account.');
  const identity = IdentityKeyPair.generate();
  const registrationId = generateRegistrationId();
  const password = randomBytes(24).toString('base64url');
  const profileKey = randomBytes(32);
  const signed = generateSignedKeys(store, identity);
  const oneTime = generateOneTimeKeys(store, identity);
  const relay = new RelayHttpClient(options.relayUrl);
  const created = await relay.registerAccount({
    handle: options.handle,
    identityKey: Buffer.from(identity.publicKey.serialize()).toString('base64'),
    // Contacts who learn the profile key (inside E2EE messages) may send sealed.
    unidentifiedAccessKey: Buffer.from(deriveAccessKey(profileKey)).toString('base64'),
    password,
    registrationId,
    ...signed,
    ...oneTime,
    ...(options.business === undefined ? {} : { kind: 'business' as const }),
  });
  const now = options.now ?? Date.now;
  const accountId = toAccountId(created.accountId);
  const deviceId = toDeviceId(created.deviceId);
  store.transaction(() => {
    store.saveAccount({
      accountId,
      deviceId,
      registrationId,
      identityKeyPair: identity.serialize(),
      profileKey: Uint8Array.from(profileKey),
      relayPassword: password,
      handle: options.handle,
      createdAt: now(),
    });
    const business = options.business;
    if (business === undefined) return;
    const stamped = persistedClock(store, () => `${accountId}.${String(deviceId)}`, now).tick();
    if (!stamped.ok) throw new Error(`The clock refused to stamp the business: ${stamped.problem}`);
    createBusiness(store, { name: business.name, deviceId, at: stamped.timestamp });
    // Customers see the business by its name.
    store.setItem('profileName', business.name);
    store.setItem('profileUpdatedAt', now());
  });
  return createEngine(options);
}
