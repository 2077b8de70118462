import { IdentityKeyPair } from '@signalapp/libsignal-client';
import { SyncVerifiedState } from '../../../shared/proto/content';
import { EngineError } from '../../kernel/errors';
import { recordIdentityChange, recordVerifiedChange } from '../../messaging/features';
import type { OutboundPort } from '../../pipeline/outbound';
import type { AccountId, IdentityRecord, VerifiedState } from '../../store';
import type { SafetyNumber } from './numbers';
import { compareSafetyNumberDigits, compareScannedSafetyNumber, computeSafetyNumber } from './numbers';
import type { SafetyRepository } from './repository';

export type SafetyNumberComparison = { readonly kind: 'scanned'; readonly qrPayload: string } | { readonly kind: 'digits'; readonly digits: string };

export interface SafetyService {
  /** The safety number with a contact, from both identity keys; needs their key (after a first message). */
  safetyNumber(accountId: AccountId): SafetyNumber & { readonly verified: VerifiedState };
  /** Whether the other person's safety number (scanned QR or typed digits) matches; throws on malformed input. */
  compare(accountId: AccountId, other: SafetyNumberComparison): boolean;
  /** Marks (or clears) a contact as verified: shown in the chat and synced to this account's other devices. */
  setVerified(accountId: AccountId, verified: boolean): void;
  /** The user reviewed a contact's new safety number and accepts it: sending is allowed again. False when none was pending. */
  acceptChange(accountId: AccountId): boolean;
  /** Whether the contact is verified, and whether a new safety number waits for the user (default state for a contact never seen). */
  state(accountId: AccountId): { readonly verified: VerifiedState; readonly changePending: boolean };
  /** Contacts whose new safety number the user has not accepted yet. */
  pendingChanges(): Array<IdentityRecord>;
}

export interface SafetyInternals extends SafetyService {
  /** Shows a contact's safety-number change in their conversation, once per pending change (inside a transaction). */
  noteIdentityChange(accountId: AccountId): void;
}

/** `contactUpdated`: a contact's verification or accepted key changed (held sends may go). */
export function createSafetyService(store: SafetyRepository, out: OutboundPort, contactUpdated: (accountId: AccountId) => void): SafetyInternals {
  const identityPair = (accountId: AccountId): { localKey: Uint8Array; remoteKey: Uint8Array<ArrayBuffer>; verified: VerifiedState } => {
    const identity = store.getIdentity(accountId);
    if (identity === undefined) throw new EngineError('no-safety-number');
    const localKey = IdentityKeyPair.deserialize(out.account().identityKeyPair).publicKey.serialize();
    return { localKey, remoteKey: identity.publicKey, verified: identity.verified };
  };

  return {
    safetyNumber(accountId) {
      const { localKey, remoteKey, verified } = identityPair(accountId);
      return { ...computeSafetyNumber(out.account().accountId, localKey, accountId, remoteKey), verified };
    },

    compare(accountId, other) {
      const { localKey, remoteKey } = identityPair(accountId);
      const me = out.account().accountId;
      switch (other.kind) {
        case 'scanned':
          return compareScannedSafetyNumber(me, localKey, accountId, remoteKey, other.qrPayload);
        case 'digits':
          return compareSafetyNumberDigits(computeSafetyNumber(me, localKey, accountId, remoteKey).digits, other.digits);
      }
    },

    setVerified(accountId, verified) {
      const { remoteKey, verified: current } = identityPair(accountId);
      const state: VerifiedState = verified ? 'verified' : 'default';
      if (current === state) return;
      const me = out.account();
      const messageId = store.transaction(() => {
        store.setIdentityVerified(accountId, state);
        const id = recordVerifiedChange(store, me, accountId, verified, out.uniqueTimestamp());
        out.enqueue('sync', [me.accountId], null, {
          syncMessage: {
            verified: { accountId, identityKey: remoteKey, state: verified ? SyncVerifiedState.VERIFIED : SyncVerifiedState.DEFAULT },
          },
        });
        return id;
      });
      const message = store.getMessage(messageId);
      if (message !== undefined) out.messagesChanged(message.conversationId, [messageId]);
      contactUpdated(accountId);
    },

    acceptChange(accountId) {
      const changed = store.acceptIdentityChange(accountId);
      // What waited for the acceptance (receipts for messages that arrived meanwhile) goes now.
      if (changed) contactUpdated(accountId);
      return changed;
    },

    pendingChanges: () => store.listPendingIdentityChanges(),

    state(accountId) {
      const identity = store.getIdentity(accountId);
      return { verified: identity?.verified ?? 'default', changePending: identity?.changePending ?? false };
    },

    noteIdentityChange(accountId) {
      const conversation = store.getOrCreateDirectConversation(accountId);
      const changedAt = store.getIdentity(accountId)?.changedAt ?? 0;
      // The receive path may have shown this change already, a few messages back.
      const recent = store.listMessages(conversation.id, { limit: 20 });
      if (recent.some((message) => message.kind === 'identity-change' && message.receivedAt >= changedAt)) return;
      if (recent.at(-1)?.kind === 'identity-change') return;
      recordIdentityChange(store, accountId, out.uniqueTimestamp());
    },
  };
}
