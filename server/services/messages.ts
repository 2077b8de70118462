/**
 * Sending (per-device ciphertexts for one destination account, checked against its
 * devices exactly as Signal-Server does), and the pull side of the queues.
 */
import { randomUUID } from 'node:crypto';
import type {
  AccountId,
  DeviceId,
  MismatchedDevices,
  OutgoingMessage,
  QueuedMessagesResponse,
  SendMessagesRequest,
  SendMessagesResponse,
} from '../../shared/relay-api';
import { Envelope, EnvelopeType } from '../../shared/proto';
import type { SendableEnvelopeType } from '../../shared/relay-api';
import type { RequestAccess } from '../auth/access';
import { accessKeyPermits } from '../auth/access-key';
import type { AuthenticatedDevice } from '../auth/authenticator';
import { fromBase64, toBase64 } from '../bytes';
import type { RelayConfig } from '../config';
import {
  BadRequestError,
  MismatchedDevicesError,
  NotFoundError,
  StaleDevicesError,
  UnauthorizedError,
} from '../errors';
import type { NewQueuedEnvelope, RelayStores } from '../store/types';
import type { MessageNotifier } from './message-notifier';
import type { OnlineMessageRouter } from './online-router';

function envelopeType(type: SendableEnvelopeType): EnvelopeType {
  switch (type) {
    case 1:
      return EnvelopeType.CIPHERTEXT;
    case 3:
      return EnvelopeType.PREKEY_MESSAGE;
    case 6:
      return EnvelopeType.UNIDENTIFIED_SENDER;
    case 8:
      return EnvelopeType.PLAINTEXT_CONTENT;
  }
}

export interface DestinationDevice {
  readonly deviceId: DeviceId;
  readonly registrationId: number;
}

/**
 * Throws 409 when the messages do not name exactly the destination's devices (minus the
 * sender's own device when it sends to its own account), else 410 when a registration id
 * differs. 400 when one device is named twice.
 */
export function checkDeviceSet(
  devices: ReadonlyArray<DestinationDevice>,
  messages: ReadonlyArray<Pick<OutgoingMessage, 'destinationDeviceId' | 'destinationRegistrationId'>>,
  excludedDeviceId: DeviceId | undefined,
): void {
  const named = messages.map((message) => message.destinationDeviceId);
  if (new Set(named).size !== named.length) {
    throw new BadRequestError('A device is named twice.', ['messages'], 'duplicate_device');
  }
  const expected = new Map(
    devices.filter((device) => device.deviceId !== excludedDeviceId).map((device) => [device.deviceId, device]),
  );
  const mismatch: MismatchedDevices = {
    missingDevices: [...expected.keys()].filter((id) => !named.includes(id)).sort((a, b) => a - b),
    extraDevices: named.filter((id) => !expected.has(id)).sort((a, b) => a - b),
  };
  if (mismatch.missingDevices.length > 0 || mismatch.extraDevices.length > 0) {
    throw new MismatchedDevicesError(mismatch);
  }
  const staleDevices = messages
    .filter((message) => expected.get(message.destinationDeviceId)?.registrationId !== message.destinationRegistrationId)
    .map((message) => message.destinationDeviceId)
    .sort((a, b) => a - b);
  if (staleDevices.length > 0) throw new StaleDevicesError({ staleDevices });
}

export class MessageService {
  constructor(
    private readonly stores: Pick<RelayStores, 'accounts' | 'devices' | 'queues'>,
    private readonly config: RelayConfig,
    private readonly notifier: MessageNotifier,
    private readonly online: OnlineMessageRouter,
    private readonly clock: () => number,
  ) {}

  /**
   * Queues one envelope per destination device, all or none, then wakes their sockets.
   * With `online`, queues nothing: each envelope goes only to a socket connected now.
   * Both are checked (access, device list) alike, so an online sender learns of new devices.
   */
  async send(access: RequestAccess, destination: AccountId, request: SendMessagesRequest): Promise<SendMessagesResponse> {
    const account = await this.stores.accounts.getAccount(destination);
    if (access.kind === 'sealed') {
      // Unknown account and wrong key look alike, so a key guesser learns nothing.
      if (account === undefined || !accessKeyPermits(account, access.accessKey)) {
        throw new UnauthorizedError('Wrong unidentified-access key.');
      }
      if (request.messages.some((message) => envelopeType(message.type) !== EnvelopeType.UNIDENTIFIED_SENDER)) {
        throw new BadRequestError('Sealed-sender messages must have type 6.', ['messages'], 'invalid_type');
      }
    }
    if (account === undefined) throw new NotFoundError('No such account.');
    const sender = access.kind === 'device' ? access.device : undefined;
    const devices = await this.stores.devices.listDeviceRegistrations(destination);
    const toOwnAccount = sender?.accountId === destination;
    checkDeviceSet(devices, request.messages, toOwnAccount ? sender.deviceId : undefined);

    const now = this.clock();
    const envelopes: Array<NewQueuedEnvelope> = request.messages.map((message) => {
      const guid = randomUUID();
      const envelope = Envelope.encode({
        type: envelopeType(message.type),
        ...(sender === undefined ? {} : { sourceAccountId: sender.accountId, sourceDeviceId: sender.deviceId }),
        destinationAccountId: destination,
        destinationDeviceId: message.destinationDeviceId,
        clientTimestamp: request.timestamp,
        serverTimestamp: now,
        serverGuid: guid,
        content: fromBase64(message.content),
        urgent: request.urgent ?? true,
      }).finish();
      return {
        accountId: destination,
        deviceId: message.destinationDeviceId,
        guid,
        serverTimestamp: now,
        expiresAt: now + this.config.messageTtlMs,
        envelope,
      };
    });
    if (request.online === true) {
      await Promise.all(envelopes.map((envelope) => this.online.publish(envelope)));
    } else {
      await this.stores.queues.enqueue(envelopes);
      for (const envelope of envelopes) this.notifier.notify(envelope.accountId, envelope.deviceId);
    }

    const needsSync =
      sender !== undefined && !toOwnAccount && (await this.stores.devices.listDeviceRegistrations(sender.accountId)).length > 1;
    return { needsSync };
  }

  /** Oldest first; `more` when the queue holds more than `limit`. Nothing is removed. */
  async fetch(actor: AuthenticatedDevice, limit: number): Promise<QueuedMessagesResponse> {
    const rows = await this.stores.queues.readQueue(actor.accountId, actor.deviceId, {
      afterCursor: 0,
      limit: limit + 1,
      now: this.clock(),
    });
    return {
      messages: rows.slice(0, limit).map((row) => ({
        guid: row.guid,
        serverTimestamp: row.serverTimestamp,
        envelope: toBase64(row.envelope),
      })),
      more: rows.length > limit,
    };
  }

  /** Deletes one envelope from the caller's own queue; 404 for anyone else's. */
  async acknowledge(actor: AuthenticatedDevice, guid: string): Promise<void> {
    if (!(await this.stores.queues.deleteQueued(actor.accountId, actor.deviceId, guid))) {
      throw new NotFoundError('No such message in this device’s queue.');
    }
  }
}
