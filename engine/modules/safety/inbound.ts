import { SyncVerifiedState } from '../../../shared/proto/content';
import type { ContentHandler } from '../../pipeline/inbound';
import { parseAccountId, recordVerifiedChange, sameBytes } from '../../messaging/features';
import type { SafetyRepository } from './repository';

/** A verification made on another device of this account, for the key this device knows. */
export function verifiedSyncHandler(store: SafetyRepository, now: () => number): ContentHandler {
  return {
    name: 'verified-sync',
    apply(context) {
      const verified = context.content.syncMessage?.verified ?? null;
      if (verified === null || context.sender !== context.me.accountId) return;
      const accountId = parseAccountId(verified.accountId);
      const identity = accountId === undefined ? undefined : store.getIdentity(accountId);
      // Only for the key this device knows: a verification of another key says nothing about ours.
      if (accountId === undefined || identity === undefined || !sameBytes(identity.publicKey, verified.identityKey)) return;
      const state = verified.state === SyncVerifiedState.VERIFIED ? 'verified' : verified.state === SyncVerifiedState.UNVERIFIED ? 'unverified' : 'default';
      if (identity.verified === state) return;
      store.setIdentityVerified(accountId, state);
      const messageId = recordVerifiedChange(store, context.me, accountId, state === 'verified', now());
      context.emit({ kind: 'message', messageId });
      context.emit({ kind: 'contact-updated', accountId });
    },
  };
}
