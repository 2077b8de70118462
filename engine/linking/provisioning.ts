/**
 * Linking a companion device (DESIGN.md "Linking"), both ends:
 *
 * - the new device (`beginLinking`) listens on a relay provisioning address, shows
 *   `parley://link?uuid=…&pub_key=…`, decrypts the one envelope that arrives, and
 *   (`completeLinking`) joins the account with its own registration id and pre-keys;
 * - the primary (`provisionNewDevice`) reads that URL, takes a single-use link token and
 *   sends the account identity encrypted to the new device's key.
 */
import { randomBytes } from 'node:crypto';
import { IdentityKeyPair, PrivateKey, PublicKey } from '@signalapp/libsignal-client';
import { ProvisionEnvelope, ProvisionMessage } from '../../shared/proto';
import type { HistoryPointerFields } from '../../shared/proto';
import type { AttachmentPointerFields } from '../../shared/proto/content';
import { HandleSchema } from '../../shared/relay-api';
import { generateOneTimeKeys, generateRegistrationId, generateSignedKeys } from '../account/keys';
import { decryptProvisioningMessage, encryptProvisioningMessage, provisioningVersion } from '../crypto/provisioning-cipher';
import { ProvisioningFormatError } from '../crypto/errors';
import type { AttachmentService } from '../attachments/types';
import { RelayHttpClient } from '../relay-client/http';
import { openProvisioningSocket } from '../relay-client/socket';
import type { LocalAccount, Store } from '../store';
import { toAccountId, toDeviceId } from '../store';
import { encryptDeviceName } from './device-name';
import { exportHistory, uploadHistory } from './history';
import type { HistoryExportOptions } from './history';
import { sendHistoryMedia } from './history-media';
import type { HistoryMediaResult } from './history-media';
import { decodeRoster, encodeConsolePayload } from '../../shared/domain/console/wire';
import { canonicalJson } from '../../shared/domain/console/canonical';
import { EngineError } from '../kernel/errors';
import { encodeContent } from '../messaging/content-codec';
import { wireRoster } from '../modules/inbox/roster-store';
import type { ProvisionedBusiness } from '../modules/inbox/seats';
import { grantSeat, joinBusiness } from '../modules/inbox/seats';
import { formatLinkUrl, parseLinkUrl } from './link-url';

/** What a new device inherits from the primary. */
export interface InheritedAccount {
  readonly identity: IdentityKeyPair;
  /** A business account's name, root key and roster: this desktop joins its console. */
  readonly business?: ProvisionedBusiness;
  readonly accountId: string;
  readonly handle: string;
  readonly linkToken: string;
  readonly profileKey: Uint8Array<ArrayBuffer>;
  /** Where the primary put the encrypted history, if it sent any. */
  readonly history?: HistoryPointerFields;
}

export interface PendingLink {
  /** The URL to show as a QR code. */
  readonly url: string;
  /** Settles when a phone sent a valid provisioning message; fails on expiry or a bad message. */
  readonly inherited: Promise<InheritedAccount>;
  cancel(): void;
}

export async function beginLinking(relayUrl: string): Promise<PendingLink> {
  const ephemeral = PrivateKey.generate();
  const socket = await openProvisioningSocket(relayUrl);
  const inherited = socket.envelope.then((bytes) => {
    socket.close();
    return readProvisionEnvelope(bytes, ephemeral);
  });
  // The caller may cancel without awaiting; never leave a rejection unhandled.
  inherited.catch(() => undefined);
  return {
    url: formatLinkUrl(socket.address, ephemeral.getPublicKey()),
    inherited,
    cancel: () => {
      socket.close();
    },
  };
}

/** Verifies, decrypts and checks a provisioning envelope addressed to `ephemeral`. */
export function readProvisionEnvelope(bytes: Uint8Array, ephemeral: PrivateKey): InheritedAccount {
  let envelope: ProvisionEnvelope;
  try {
    envelope = ProvisionEnvelope.decode(bytes);
  } catch {
    throw new ProvisioningFormatError('The linking message is not a provisioning envelope.');
  }
  const plaintext = decryptProvisioningMessage({ publicKey: envelope.publicKey, body: envelope.body }, ephemeral);
  let message: ProvisionMessage;
  try {
    message = ProvisionMessage.decode(plaintext);
  } catch {
    throw new ProvisioningFormatError('The linking message is malformed.');
  }
  if (message.provisioningVersion !== provisioningVersion) {
    throw new ProvisioningFormatError('The phone uses a linking version this desktop does not understand; update Parley.');
  }
  let identity: IdentityKeyPair;
  try {
    identity = new IdentityKeyPair(
      PublicKey.deserialize(Uint8Array.from(message.identityKeyPublic)),
      PrivateKey.deserialize(Uint8Array.from(message.identityKeyPrivate)),
    );
  } catch {
    throw new ProvisioningFormatError('The linking message carries an invalid identity key.');
  }
  // The two halves must belong together, or this device would sign with a key nobody trusts.
  if (!Buffer.from(identity.privateKey.getPublicKey().serialize()).equals(Buffer.from(identity.publicKey.serialize()))) {
    throw new ProvisioningFormatError('The linking message’s identity key pair does not match.');
  }
  if (message.linkToken === '' || message.profileKey.length !== 32 || !HandleSchema.safeParse(message.handle).success) {
    throw new ProvisioningFormatError('The linking message is missing required fields.');
  }
  let business: ProvisionedBusiness | undefined;
  if (message.business != null) {
    const roster = decodeRoster(Buffer.from(message.business.roster).toString('utf8'));
    if (roster === undefined || message.business.rootPublicKey === '' || message.business.name.length > 100) {
      throw new ProvisioningFormatError('The linking message names a business but its console roster is malformed.');
    }
    business = { name: message.business.name, rootPublicKey: message.business.rootPublicKey, roster };
  }
  return {
    identity,
    accountId: toAccountId(message.accountId),
    handle: message.handle,
    linkToken: message.linkToken,
    profileKey: Uint8Array.from(message.profileKey),
    ...(message.history == null || message.history.blobId === '' ? {} : { history: message.history }),
    ...(business === undefined ? {} : { business }),
  };
}

/** Joins the account as a new device: own registration id, own pre-keys, the inherited identity. */
export async function completeLinking(options: {
  readonly store: Store;
  readonly relayUrl: string;
  readonly inherited: InheritedAccount;
  readonly deviceName: string;
  readonly now?: () => number;
}): Promise<{ readonly accountId: string; readonly deviceId: number }> {
  const { store, inherited } = options;
  if (store.getAccount() !== undefined) throw new Error('This profile is already linked to an account.');
  const registrationId = generateRegistrationId();
  const password = randomBytes(24).toString('base64url');
  const signed = generateSignedKeys(store, inherited.identity);
  const oneTime = generateOneTimeKeys(store, inherited.identity);
  const relay = new RelayHttpClient(options.relayUrl);
  const created = await relay.linkDevice({
    verificationCode: inherited.linkToken,
    password,
    registrationId,
    ...signed,
    ...oneTime,
    name: encryptDeviceName(options.deviceName.slice(0, 64), inherited.identity),
  });
  if (created.accountId !== inherited.accountId) throw new ProvisioningFormatError('The relay linked this device to another account.');
  // Pinned now rather than when the engine first connects, so that from its first start
  // this desktop can check a signed removal statement (docs/protocol/relay.md). Missing it
  // is not fatal: the engine pins on first use as before.
  const trustRoot = await relay.getTrustRoot().catch(() => undefined);
  store.transaction(() => {
    store.saveAccount({
      accountId: toAccountId(created.accountId),
      deviceId: toDeviceId(created.deviceId),
      registrationId,
      identityKeyPair: inherited.identity.serialize(),
      profileKey: inherited.profileKey,
      relayPassword: password,
      handle: inherited.handle,
      createdAt: (options.now ?? Date.now)(),
    });
    if (trustRoot !== undefined && store.getItem('relayTrustRoot') === undefined) store.setItem('relayTrustRoot', trustRoot);
    if (inherited.business !== undefined) {
      // Its own signing key, and the request for its seat, sent once the engine starts.
      const request = joinBusiness(store, inherited.business, toDeviceId(created.deviceId), inherited.linkToken);
      store.enqueueOutbox({
        kind: 'sync',
        recipients: [toAccountId(created.accountId)],
        messageId: null,
        payload: encodeContent({ syncMessage: { console: { payload: Buffer.from(encodeConsolePayload(request)) } } }),
      });
    }
  });
  return created;
}

export interface ProvisionResult {
  /**
   * The media half of history sync, running after the provisioning message went out
   * (history-media.ts); settles once the new device has its manifest. Never rejects.
   */
  readonly media: Promise<HistoryMediaResult>;
}

const noMedia: HistoryMediaResult = { sent: 0, failed: 0 };

/**
 * Primary side: sends this account's identity to the device that shows `linkUrl`, with a
 * pointer to an encrypted bundle of recent history unless `history` is false. Resolves
 * once the provisioning message is out: recent media follow in `media`.
 */
export interface ProvisioningDeps {
  readonly account: LocalAccount;
  readonly store: Store;
  readonly relay: RelayHttpClient;
  readonly attachments: AttachmentService;
  announceHistoryMedia(manifest: AttachmentPointerFields, newDeviceId: number): Promise<void>;
}

export interface ProvisionOptions {
  readonly history?: false | HistoryExportOptions;
  /** A business: the new desktop's agent name and role, granted to it once it asks (docs/console.md). */
  readonly seat?: { readonly name: string; readonly role: 'admin' | 'agent' };
  /** Stops the media upload (the bundle and the link are not affected). */
  readonly signal?: AbortSignal;
}

export async function provisionNewDevice(
  deps: ProvisioningDeps,
  linkUrl: string,
  options: ProvisionOptions = {},
): Promise<ProvisionResult> {
  const target = parseLinkUrl(linkUrl);
  const { account, store, relay } = deps;
  if (account.handle === null || account.profileKey === null) throw new Error('This account has no handle or profile key to share.');
  const identity = IdentityKeyPair.deserialize(account.identityKeyPair);
  const business = store.getItem('business');
  if (options.seat !== undefined && (business === undefined || store.getItem('businessRootKey') === undefined)) {
    throw new EngineError('not-a-business');
  }
  const token = await relay.createLinkToken();
  if (options.seat !== undefined) grantSeat(store, token.verificationCode, options.seat, Date.now());
  const exported = options.history === false ? undefined : await exportHistory(store, options.history ?? {});
  const history = exported === undefined ? undefined : await uploadHistory(relay, exported);
  // The device list before the new device joins, to recognise it before announcing media.
  const devicesBefore = exported?.media === undefined ? undefined : new Set((await relay.listDevices()).devices.map((device) => device.id));
  const plaintext = ProvisionMessage.encode({
    history: history ?? null,
    identityKeyPublic: identity.publicKey.serialize(),
    identityKeyPrivate: identity.privateKey.serialize(),
    accountId: account.accountId,
    handle: account.handle,
    linkToken: token.verificationCode,
    profileKey: account.profileKey,
    provisioningVersion,
    business:
      business === undefined
        ? null
        : { name: business.name, rootPublicKey: business.rootPublicKey, roster: Buffer.from(canonicalJson(wireRoster(store))) },
  }).finish();
  const sealed = encryptProvisioningMessage(plaintext, target.publicKey);
  await relay.sendProvisioningMessage(target.address, ProvisionEnvelope.encode(sealed).finish());
  const plan = exported?.media;
  if (plan === undefined || devicesBefore === undefined) return { media: Promise.resolve(noMedia) };
  return {
    media: sendHistoryMedia(
      { attachments: deps.attachments, relay, announceHistoryMedia: (manifest, newDeviceId) => deps.announceHistoryMedia(manifest, newDeviceId) },
      plan,
      { devicesBefore, ...(options.signal === undefined ? {} : { signal: options.signal }) },
    ),
  };
}
