/**
 * The console's part in replies (docs/console.md "Replies"): a message that a seated
 * business device sends to a customer is an entry in that device's audit chain, on every
 * business device, and, when the business signs replies, ends with the agent's seat name.
 * The composition root wires these as messaging's and edits' `OutgoingMessageHooks`, so
 * messaging knows nothing of the console.
 */
import type { Seat } from '../../../shared/domain/console/roster';
import { revocationOf, seatStands } from '../../../shared/domain/console/roster';
import { signedText, signerOf } from '../../../shared/domain/console/signature';
import { encodeConsolePayload } from '../../../shared/domain/console/wire';
import type { Clock } from '../../kernel/clock';
import { EngineError } from '../../kernel/errors';
import { maxBodyLength } from '../../messaging/validate';
import type { AccountId, Conversation, Store } from '../../store';
import { directPeer } from '../../store';
import type { OutgoingMessageHooks } from '../messaging/hooks';
import { appendAudit } from './ops';
import type { OpsRepository } from './ops';
import { loadRoster } from './roster-store';
import { businessSettings } from './settings';
import { consoleCrypto } from './signing';

export type RepliesRepository = OpsRepository & Pick<Store, 'getAccount'>;

export interface RepliesDeps {
  readonly clock: Clock;
  readonly now: () => number;
  /** Queues a console payload for this account's other devices (inside the transaction). */
  readonly sendToOwnDevices: (payload: string) => void;
}

interface Reply {
  readonly own: { readonly seatId: string; readonly privateKey: string };
  readonly seat: Seat;
  readonly customer: AccountId;
}

export function consoleReplies(store: RepliesRepository, deps: RepliesDeps): OutgoingMessageHooks {
  /**
   * This device's seat and the customer, when a message to `conversation` is a business
   * reply: a direct conversation with someone other than the business itself, sent by a
   * device whose seat stands and was not revoked (an unseated desktop writes no chain).
   */
  const replyTo = (conversation: Conversation): Reply | undefined => {
    const customer = directPeer(conversation);
    const own = store.getItem('consoleSeat');
    if (customer === null || own === undefined || customer === store.getAccount()?.accountId) return undefined;
    const roster = loadRoster(store);
    const seat = roster?.seats.get(own.seatId);
    if (roster === undefined || seat === undefined) return undefined;
    if (!seatStands(roster, seat.seatId, consoleCrypto) || revocationOf(roster, seat.seatId, consoleCrypto) !== undefined) return undefined;
    return { own, seat, customer };
  };

  return {
    composing: ({ conversation, body }) => {
      // Attachments alone get no signature line: there is no text to put it under.
      if (body === null || body.trim().length === 0) return body;
      const reply = replyTo(conversation);
      // The owner's seat bears the business's own name, which the customer already sees.
      if (reply === undefined || reply.seat.role === 'owner' || !businessSettings(store).signReplies) return body;
      return fitting(signedText(body, reply.seat.name));
    },

    stored: ({ conversation, sentAt }) => {
      const reply = replyTo(conversation);
      if (reply === undefined) return;
      const stamped = deps.clock.tick();
      if (!stamped.ok) throw new EngineError('console-clock');
      // The sent timestamp, not the message id (ids are each device's own): with the
      // business account and the device the entry's seat names, it is how every device
      // finds the message, as receipts and reactions name theirs.
      const entry = appendAudit(store, reply.own, { at: stamped.timestamp, action: 'reply', conversation: reply.customer, detail: String(sentAt) }, deps.now());
      deps.sendToOwnDevices(encodeConsolePayload({ version: 1, audit: [entry] }));
    },

    editing: ({ conversation, message, body }) => {
      if (directPeer(conversation) === null) return body;
      const roster = loadRoster(store);
      if (roster === undefined) return body;
      // A signed reply stays signed by the seat of the device that sent it, whichever
      // device edits it and whatever the setting says now; an unsigned one stays unsigned.
      const names = [...roster.seats.values()].filter((seat) => seat.deviceId === message.senderDeviceId).map((seat) => seat.name);
      const signer = signerOf(message.body, names);
      return signer === undefined ? body : fitting(signedText(body, signer));
    },
  };
}

/**
 * Receivers drop a body longer than `maxBodyLength`, and the composer allows one that
 * long: a text with no room left for the signature is refused rather than lost unseen.
 */
function fitting(text: string): string {
  if (text.length > maxBodyLength) throw new EngineError('message-too-long', { limit: maxBodyLength });
  return text;
}
