/**
 * Range checks for everything the receive pipeline decodes, before any of it reaches
 * SQL or libsignal (issue 10, item 3). The relay chooses the envelope's fields and a
 * contact's client chooses everything inside the ciphertext, so neither is trusted: a
 * value out of range would fail an insert, the envelope would never be acknowledged and
 * the relay would redeliver it on every connection. Pure functions; the pipeline decides
 * what an invalid envelope or content becomes (docs/protocol/messaging.md, "Validation").
 */
import type { Envelope } from '../../shared/proto';
import { EnvelopeType } from '../../shared/proto';
import type { Content, DataMessage, EditMessage, SyncMessage } from '../../shared/proto/content';
import { ReceiptType, SyncVerifiedState, TypingAction } from '../../shared/proto/content';
import type { AccountId, DeviceId, ServerGuid } from '../store';
import { maxDeviceId, toAccountId, toDeviceId, toServerGuid } from '../store';

/**
 * The latest timestamp accepted anywhere: 9999-12-31T23:59:59.999Z. Far below 2^53 (so
 * exact as a JavaScript number and as a SQLite integer) and still a four-digit year, so
 * every date shows and sorts; a sender's clock may be wrong, but not by millennia.
 */
export const maxWireTimestamp = 253_402_300_799_999;
/** Timestamps in one receipt, read sync or delete sync: this client sends at most 500. */
export const maxTimestampsPerList = 1_000;
/** The longest text body accepted (the same bound the desktop's composer has). */
export const maxBodyLength = 64_000;
/** A reaction is one emoji, perhaps with modifiers: a few code units. */
export const maxEmojiLength = 32;
/** libsignal's serialized identity public key: a type byte and 32 bytes. */
const identityKeyLength = 33;
const profileKeyLength = 32;

const handledEnvelopeTypes = new Set<EnvelopeType>([
  EnvelopeType.CIPHERTEXT,
  EnvelopeType.PREKEY_MESSAGE,
  EnvelopeType.UNIDENTIFIED_SENDER,
  EnvelopeType.PLAINTEXT_CONTENT,
]);
const receiptTypes = new Set<ReceiptType>([ReceiptType.DELIVERY, ReceiptType.READ, ReceiptType.VIEWED]);
const typingActions = new Set<TypingAction>([TypingAction.STARTED, TypingAction.STOPPED]);
const verifiedStates = new Set<SyncVerifiedState>([SyncVerifiedState.DEFAULT, SyncVerifiedState.VERIFIED, SyncVerifiedState.UNVERIFIED]);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Milliseconds since 1970: an integer in 1 … `maxWireTimestamp`. */
export function isWireTimestamp(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= maxWireTimestamp;
}

function isUuid(value: unknown): value is string {
  return typeof value === 'string' && uuidPattern.test(value);
}

function isDeviceId(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= maxDeviceId;
}

export interface EnvelopeSender {
  readonly accountId: AccountId;
  readonly deviceId: DeviceId;
}

export interface CheckedEnvelope {
  /** One of the types the pipeline handles: ciphertext, pre-key, sealed sender, plaintext content. */
  readonly type: EnvelopeType;
  readonly guid: ServerGuid;
  /** The relay-named sender; undefined for sealed sender, whose sender is inside. */
  readonly source: EnvelopeSender | undefined;
  readonly clientTimestamp: number;
  readonly serverTimestamp: number;
  readonly content: Uint8Array;
}

/** What is wrong with an envelope, for the log (never its values). */
export type EnvelopeProblem = 'server-guid' | 'type' | 'source' | 'client-timestamp' | 'server-timestamp';

export type EnvelopeCheck =
  | { readonly ok: true; readonly envelope: CheckedEnvelope }
  | {
      readonly ok: false;
      readonly problem: EnvelopeProblem;
      /** Set when the guid itself is valid: the envelope can still be marked processed. */
      readonly guid: ServerGuid | undefined;
      /** Set when the relay named a valid sender: the problem can be shown in that conversation. */
      readonly source: EnvelopeSender | undefined;
    };

/** The sender a (non-sealed) envelope names, if it names a valid one. */
function sourceOf(envelope: Envelope): EnvelopeSender | undefined {
  if (!isUuid(envelope.sourceAccountId) || !isDeviceId(envelope.sourceDeviceId)) return undefined;
  return { accountId: toAccountId(envelope.sourceAccountId), deviceId: toDeviceId(envelope.sourceDeviceId) };
}

/**
 * The envelope's fields, checked: a UUID server guid, a type the pipeline handles, a
 * sender (account UUID and device 1…127) unless sealed, and both timestamps in range.
 * Fields the pipeline does not use (destination, urgent) are not looked at.
 */
export function checkEnvelope(envelope: Envelope): EnvelopeCheck {
  const guid = isUuid(envelope.serverGuid) ? toServerGuid(envelope.serverGuid) : undefined;
  const type = envelope.type;
  const sealed = type === EnvelopeType.UNIDENTIFIED_SENDER;
  const source = sealed ? undefined : sourceOf(envelope);
  const fail = (problem: EnvelopeProblem): EnvelopeCheck => ({ ok: false, problem, guid, source });
  if (guid === undefined) return fail('server-guid');
  if (!handledEnvelopeTypes.has(type)) return fail('type');
  if (!sealed && source === undefined) return fail('source');
  if (!isWireTimestamp(envelope.clientTimestamp)) return fail('client-timestamp');
  if (!isWireTimestamp(envelope.serverTimestamp)) return fail('server-timestamp');
  return {
    ok: true,
    envelope: {
      type,
      guid,
      source,
      clientTimestamp: envelope.clientTimestamp,
      serverTimestamp: envelope.serverTimestamp,
      content: envelope.content,
    },
  };
}

/**
 * The sender a sealed-sender certificate names. The relay signs certificates, so a
 * relay that misbehaves could name anything: undefined unless it is a valid address.
 */
export function checkSealedSender(accountId: string, deviceId: number): EnvelopeSender | undefined {
  if (!isUuid(accountId) || !isDeviceId(deviceId)) return undefined;
  return { accountId: toAccountId(accountId), deviceId: toDeviceId(deviceId) };
}

/** The first field of a decrypted Content that is out of range, as a path for the log; undefined when all are fine. */
export function findContentProblem(content: Content): string | undefined {
  return (
    (content.dataMessage === null ? undefined : dataMessageProblem(content.dataMessage, 'dataMessage')) ??
    (content.editMessage === null ? undefined : editMessageProblem(content.editMessage, 'editMessage')) ??
    receiptProblem(content) ??
    typingProblem(content) ??
    profileProblem(content) ??
    (content.syncMessage === null ? undefined : syncProblem(content.syncMessage))
  );
}

function dataMessageProblem(data: DataMessage, path: string): string | undefined {
  if (!isWireTimestamp(data.timestamp)) return `${path}.timestamp`;
  if (data.body !== null && data.body.length > maxBodyLength) return `${path}.body`;
  if (data.profileKey !== null && data.profileKey.length !== profileKeyLength) return `${path}.profileKey`;
  const quote = data.quote;
  if (quote !== null) {
    if (!isWireTimestamp(quote.targetSentTimestamp)) return `${path}.quote.targetSentTimestamp`;
    if (!isUuid(quote.targetAuthorAccountId)) return `${path}.quote.targetAuthorAccountId`;
  }
  const reaction = data.reaction;
  if (reaction !== null) {
    if (!isWireTimestamp(reaction.targetSentTimestamp)) return `${path}.reaction.targetSentTimestamp`;
    if (!isUuid(reaction.targetAuthorAccountId)) return `${path}.reaction.targetAuthorAccountId`;
    const emojiOk = reaction.emoji.length <= maxEmojiLength && (reaction.remove || reaction.emoji.length > 0);
    if (!emojiOk) return `${path}.reaction.emoji`;
  }
  if (data.deleteTargetSentTimestamp !== null && !isWireTimestamp(data.deleteTargetSentTimestamp)) {
    return `${path}.deleteTargetSentTimestamp`;
  }
  return undefined;
}

function editMessageProblem(edit: EditMessage, path: string): string | undefined {
  if (!isWireTimestamp(edit.targetSentTimestamp)) return `${path}.targetSentTimestamp`;
  // A sub-message absent on the wire decodes as null, whatever the generated type says.
  const data = edit.dataMessage as DataMessage | null;
  if (data === null) return `${path}.dataMessage`;
  return dataMessageProblem(data, `${path}.dataMessage`);
}

function receiptProblem(content: Content): string | undefined {
  const receipt = content.receiptMessage;
  if (receipt === null) return undefined;
  if (!receiptTypes.has(receipt.type)) return 'receiptMessage.type';
  if (receipt.timestamps.length > maxTimestampsPerList) return 'receiptMessage.timestamps';
  if (!receipt.timestamps.every(isWireTimestamp)) return 'receiptMessage.timestamps';
  return undefined;
}

function typingProblem(content: Content): string | undefined {
  const typing = content.typingMessage;
  if (typing === null) return undefined;
  if (!isWireTimestamp(typing.timestamp)) return 'typingMessage.timestamp';
  if (!typingActions.has(typing.action)) return 'typingMessage.action';
  return undefined;
}

function profileProblem(content: Content): string | undefined {
  const profile = content.profile;
  if (profile === null) return undefined;
  // Name and picture are cut or dropped where they are applied; the time orders updates.
  return isWireTimestamp(profile.timestamp) ? undefined : 'profile.timestamp';
}

function syncProblem(sync: SyncMessage): string | undefined {
  const sent = sync.sent;
  if (sent !== null) {
    if (!isUuid(sent.destinationAccountId)) return 'syncMessage.sent.destinationAccountId';
    if (!isWireTimestamp(sent.timestamp)) return 'syncMessage.sent.timestamp';
    const problem =
      (sent.message === null ? undefined : dataMessageProblem(sent.message, 'syncMessage.sent.message')) ??
      (sent.editMessage === null ? undefined : editMessageProblem(sent.editMessage, 'syncMessage.sent.editMessage'));
    if (problem !== undefined) return problem;
    if (!sent.unidentifiedStatus.every((status) => isUuid(status.destinationAccountId))) return 'syncMessage.sent.unidentifiedStatus';
  }
  if (sync.read.length > maxTimestampsPerList) return 'syncMessage.read';
  if (!sync.read.every((read) => isUuid(read.senderAccountId) && isWireTimestamp(read.timestamp))) return 'syncMessage.read';
  if (sync.deleteForMe.length > maxTimestampsPerList) return 'syncMessage.deleteForMe';
  const deletesOk = sync.deleteForMe.every((removal) => isUuid(removal.targetAuthorAccountId) && isWireTimestamp(removal.targetSentTimestamp));
  if (!deletesOk) return 'syncMessage.deleteForMe';
  const verified = sync.verified;
  if (verified !== null) {
    if (!isUuid(verified.accountId)) return 'syncMessage.verified.accountId';
    if (verified.identityKey.length !== identityKeyLength) return 'syncMessage.verified.identityKey';
    if (!verifiedStates.has(verified.state)) return 'syncMessage.verified.state';
  }
  // `history` is the linking flow's (engine/linking/), not applied here.
  return undefined;
}
