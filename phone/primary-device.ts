/**
 * The reference primary device: a phone's Parley as a library. The CLI (`cli.ts`) is a
 * thin shell over it, and tests and demos drive it directly as the phone and as
 * customers.
 */
import type { RosterEntry } from '../engine/modules/inbox/service';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { IdentityKeyPair } from '@signalapp/libsignal-client';
import { resetIdentity } from '../engine/account/reset-identity';
import type { Engine } from '../engine/engine';
import { createEngine, registerPrimary } from '../engine/compose';
import { folderProfileId } from '../engine/keychain';
import type { KeyStore } from '../engine/keychain';
import { decryptDeviceName } from '../engine/linking/device-name';
import type { HistoryMediaResult } from '../engine/linking/history-media';
import type { AccountId, Message, MessageId, Recipient, Store } from '../engine/store';
import { directPeer, openEncryptedStore } from '../engine/store';
import type { AttachmentRecord } from '../engine/attachments';
import { resolveLinkTarget } from './link-target';
import { NamedError } from '../shared/domain/named-error';

export interface PhoneOptions {
  readonly dataDir: string;
  readonly relayUrl: string;
  readonly keyStore: KeyStore;
  /** Keychain entry of this phone's database key; by default one per data folder (`phoneProfileIdFor`). */
  readonly profileId?: string;
}

/** The keychain entry every CLI phone shared before entries were per data folder. */
export const legacyPhoneProfileId = 'phone';

/**
 * One keychain entry per data folder, as the desktop has: with one shared entry,
 * removing one phone's key lost every phone's database.
 */
export function phoneProfileIdFor(dataDir: string): string {
  return folderProfileId('phone', dataDir);
}

/**
 * Where this phone's key is. A phone created before per-folder entries still opens: its
 * key is found under the old shared entry and copied to its own (the shared one stays,
 * as other folders' phones may still need it; see `legacyProfileId` in the store).
 */
function keyLocation(options: PhoneOptions): { readonly profileId: string; readonly legacyProfileId?: string } {
  return options.profileId === undefined
    ? { profileId: phoneProfileIdFor(options.dataDir), legacyProfileId: legacyPhoneProfileId }
    : { profileId: options.profileId };
}

export interface LinkedDeviceView {
  readonly id: number;
  readonly name: string;
  readonly primary: boolean;
  readonly created: number;
  readonly lastSeen: number;
}

export interface ConversationView {
  readonly peer: AccountId;
  readonly handle: string;
  readonly messages: ReadonlyArray<Message>;
}

export class PhoneNotRegisteredError extends NamedError {
  constructor() {
    super('This phone has no account yet: run `register <handle>` first.');
  }
}

export class PrimaryDevice {
  private constructor(
    private current: Engine,
    private readonly store: Store,
    private readonly relayUrl: string,
  ) {}

  /** The running engine; replaced when the identity is reset (its credentials change). */
  get engine(): Engine {
    return this.current;
  }

  /** Opens the phone's encrypted store; the account must exist unless `allowUnregistered`. */
  static async open(options: PhoneOptions): Promise<PrimaryDevice> {
    const store = await openEncryptedStore({ dataDir: options.dataDir, keyStore: options.keyStore, ...keyLocation(options) });
    if (store.getAccount() === undefined) {
      store.close();
      throw new PhoneNotRegisteredError();
    }
    return new PrimaryDevice(createEngine({ store, relayUrl: options.relayUrl }), store, options.relayUrl);
  }

  /** Creates the account, with this phone as device 1. */
  static async register(options: PhoneOptions & { readonly handle: string; readonly business?: string }): Promise<PrimaryDevice> {
    const store = await openEncryptedStore({ dataDir: options.dataDir, keyStore: options.keyStore, ...keyLocation(options) });
    try {
      const engine = await registerPrimary({
        store,
        relayUrl: options.relayUrl,
        handle: options.handle,
        ...(options.business === undefined ? {} : { business: { name: options.business } }),
      });
      return new PrimaryDevice(engine, store, options.relayUrl);
    } catch (error) {
      store.close();
      throw error;
    }
  }

  get handle(): string {
    return this.engine.account.handle ?? this.engine.account.accountId;
  }

  /** Connects, takes in what waited on the relay, and sends what the outbox holds. */
  async connect(): Promise<void> {
    const drained = new Promise<void>((resolve) => {
      const dispose = this.engine.on('queueEmpty', () => {
        dispose();
        resolve();
      });
    });
    this.engine.start();
    await drained;
    await this.engine.flushOutbox();
  }

  async close(): Promise<void> {
    await this.engine.stop();
    this.store.close();
  }

  async send(handle: string, text: string): Promise<void> {
    const recipient = await this.engine.contacts.resolveHandle(handle);
    this.engine.messaging.sendText(recipient, text);
    await this.engine.flushOutbox();
  }

  /**
   * Sends a file (any type, any size up to the limit) as an encrypted attachment, with
   * an optional caption or as a voice note; streamed from disk, never read whole.
   */
  async sendFile(
    handle: string,
    filePath: string,
    options: { readonly caption?: string; readonly voiceNote?: boolean; readonly contentType?: string; readonly durationMs?: number } = {},
  ): Promise<MessageId> {
    const recipient = await this.engine.contacts.resolveHandle(handle);
    const { size } = await fs.stat(filePath);
    const fileName = path.basename(filePath);
    const staging = await this.engine.attachments.beginStaging({
      contentType: options.contentType ?? contentTypeOf(fileName),
      fileName,
      size,
      width: null,
      height: null,
      durationMs: options.durationMs ?? null,
      voiceNote: options.voiceNote ?? false,
    });
    try {
      for await (const chunk of createReadStream(filePath, { highWaterMark: 512 * 1024 })) {
        await this.engine.attachments.appendStaging(staging, chunk as Buffer);
      }
    } catch (error) {
      await this.engine.attachments.discard(staging);
      throw error;
    }
    const staged = await this.engine.attachments.finishStaging(staging);
    const conversation = this.store.getOrCreateDirectConversation(recipient);
    const messageId = this.engine.messaging.send(conversation.id, { body: options.caption ?? '', attachmentIds: [staged.id] });
    await this.waitUntilSent(messageId);
    return messageId;
  }

  /** Resolves once the message left the outbox (or rejects when it failed). */
  private async waitUntilSent(messageId: MessageId, timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.engine.flushOutbox();
      const status = this.store.getMessage(messageId)?.status;
      if (status === 'failed') throw new Error('The message could not be sent; see `inbox` for the reason.');
      if (status !== undefined && status !== 'pending') return;
      if (Date.now() > deadline) throw new Error('The message is still waiting to be sent.');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /**
   * Downloads the attachments of received messages into `dir` (decrypted: the user asked
   * for the files) and returns the paths written.
   */
  async saveAttachments(dir: string): Promise<Array<string>> {
    await fs.mkdir(dir, { recursive: true });
    const written: Array<string> = [];
    for (const conversation of this.store.listConversations()) {
      for (const message of this.store.listMessages(conversation.id, { limit: 10_000 })) {
        for (const attachment of this.store.listAttachmentsForMessage(message.id)) {
          if (attachment.direction !== 'incoming') continue;
          if (attachment.state !== 'ready') await this.engine.attachments.download(attachment.id);
          const name = attachment.fileName ?? `${attachment.voiceNote ? 'voice-note' : 'attachment'}${extensionOf(attachment.contentType)}`;
          const target = path.join(dir, `${String(message.sentAt)}-${name}`);
          await this.engine.attachments.saveTo(attachment.id, target);
          written.push(target);
        }
      }
    }
    return written;
  }

  /** A message in the chat with `handle`, newest first, whose text contains `text`. */
  findMessage(handle: string, text: string): Message {
    const peer = this.store.getRecipientByHandle(handle)?.accountId;
    const conversation = peer === undefined ? undefined : this.store.getDirectConversation(peer);
    const found =
      conversation === undefined
        ? undefined
        : this.store
            .listMessages(conversation.id, { limit: 1_000 })
            .reverse()
            .find((message) => message.body?.includes(text) === true);
    if (found === undefined) throw new Error(`No message containing “${text}” in the chat with ${handle}.`);
    return found;
  }

  contacts(): Array<Recipient> {
    return this.store.listRecipients();
  }

  inbox(limit = 20): Array<ConversationView> {
    return this.store.listConversations().flatMap((conversation) => {
      const peer = directPeer(conversation);
      if (peer === null) return [];
      return [{ peer, handle: this.store.getRecipient(peer)?.handle ?? peer, messages: this.store.listMessages(conversation.id, { limit }) }];
    });
  }

  async devices(): Promise<Array<LinkedDeviceView>> {
    const identity = IdentityKeyPair.deserialize(this.engine.account.identityKeyPair);
    const { devices } = await this.engine.devices.list();
    return devices.map((device) => ({
      id: device.id,
      primary: device.id === 1,
      name: device.id === 1 ? 'This phone' : (device.name === undefined ? undefined : decryptDeviceName(device.name, identity)) ?? `Device ${String(device.id)}`,
      created: device.created,
      lastSeen: device.lastSeen,
    }));
  }

  /**
   * As after a reinstall: a new identity key for the account (contacts see a safety
   * number change), and every linked device removed. History stays on this phone.
   */
  async resetIdentity(): Promise<void> {
    await this.current.stop();
    await resetIdentity(this.store, this.relayUrl);
    this.current = createEngine({ store: this.store, relayUrl: this.relayUrl });
  }

  async unlink(deviceId: number): Promise<void> {
    if (deviceId === 1) throw new Error('The phone cannot unlink itself; unlink companions by their id.');
    // A business agent's seat goes first, so its later console changes are refused everywhere.
    const seat = this.engine.inbox.roster().find((entry) => entry.deviceId === deviceId && !entry.revoked && entry.role !== 'owner');
    if (seat !== undefined) {
      this.engine.inbox.revoke(seat.seatId);
      await this.engine.flushOutbox();
    }
    await this.engine.devices.remove(deviceId);
  }

  /**
   * Links the desktop that shows this code (a `parley://link?…` URL or a PNG of its QR
   * code), waits for it to join, then for the recent media of its history to be sent.
   * The device comes back as the device list shows it, so the person can check the name
   * is the one on their desktop; undefined when it did not join within `waitMs`.
   */
  async link(
    urlOrImage: string,
    options: { readonly waitMs?: number; readonly seat?: { readonly name: string; readonly role: 'admin' | 'agent' } } = {},
  ): Promise<LinkOutcome> {
    const target = await resolveLinkTarget(urlOrImage);
    const before = new Set((await this.devices()).map((device) => device.id));
    const stopMedia = new AbortController();
    const { media } = await this.engine.devices.provision(target.url, {
      signal: stopMedia.signal,
      ...(options.seat === undefined ? {} : { seat: options.seat }),
    });
    const deadline = Date.now() + (options.waitMs ?? 30_000);
    let device: LinkedDeviceView | undefined;
    while (device === undefined && Date.now() < deadline) {
      device = (await this.devices()).find((candidate) => !before.has(candidate.id));
      if (device === undefined) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    // A desktop that never joined gets no media.
    if (device === undefined) stopMedia.abort();
    // An agent desktop asks for its seat once it runs; this phone signs it as it arrives.
    let seat: LinkOutcome['seat'];
    while (options.seat !== undefined && device !== undefined && seat === undefined && Date.now() < deadline) {
      const joined = device;
      seat = this.engine.inbox.roster().find((entry) => entry.deviceId === joined.id && entry.stands && !entry.revoked);
      if (seat === undefined) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return { device, media: await media, ...(seat === undefined ? {} : { seat }) };
  }

  /** Shows (or, with `started` false, stops) "typing…" in the chat with `handle` on their devices. */
  async typing(handle: string, started: boolean): Promise<void> {
    await this.engine.messaging.typing(await this.engine.contacts.resolveHandle(handle), started);
  }

  /** Marks the chat with `handle` read and sends read receipts; returns how many messages were unread. */
  async markRead(handle: string): Promise<number> {
    const peer = await this.engine.contacts.resolveHandle(handle);
    const conversation = this.store.getDirectConversation(peer);
    if (conversation === undefined) return 0;
    const unread = this.store.listUnreadMessages(conversation.id).length;
    this.engine.conversations.markRead(conversation.id);
    await this.engine.flushOutbox();
    return unread;
  }

  /** A message's files, in order. */
  attachmentsOf(messageId: MessageId): Array<AttachmentRecord> {
    return this.store.listAttachmentsForMessage(messageId);
  }
}

export interface LinkOutcome {
  readonly device: LinkedDeviceView | undefined;
  readonly media: HistoryMediaResult;
  /** A business desktop linked as an agent: its seat, once this phone signed it. */
  readonly seat?: RosterEntry;
}

const contentTypes: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.webm': 'audio/webm',
  '.m4a': 'audio/mp4',
  '.mp3': 'audio/mpeg',
  '.zip': 'application/zip',
};

/** The type a file's extension suggests; unknown ones travel as opaque bytes. */
export function contentTypeOf(fileName: string): string {
  return contentTypes[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** A file extension for an unnamed attachment (a recorded voice note), from its type. */
function extensionOf(contentType: string): string {
  const base = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const known = Object.entries(contentTypes).find(([, type]) => type === base);
  return known?.[0] ?? '.bin';
}
