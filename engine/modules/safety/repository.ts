import type { Store } from '../../store';

/** What safety numbers and verification read and write. */
export type SafetyRepository = Pick<
  Store,
  'getIdentity' | 'setIdentityVerified' | 'getOrCreateDirectConversation' | 'getRecipient' | 'insertMessage' | 'getMessage' | 'transaction'
>;
