import type { Store } from '../../store';

/** What safety numbers and verification read and write. */
export type SafetyRepository = Pick<
  Store,
    | 'getIdentity'
  | 'setIdentityVerified'
  | 'acceptIdentityChange'
  | 'listPendingIdentityChanges'
  | 'getOrCreateDirectConversation'
  | 'getRecipient'
  | 'insertMessage'
  | 'getMessage'
  | 'listMessages'
  | 'transaction'
>;
