import type { Store } from '../../store';

/** What receiving messages, receipts and reads touches. */
export type MessagingRepository = Pick<
  Store,
  'findMessageBySentAt' | 'insertMessage' | 'recordReceipt' | 'updateMessageStatus' | 'setConversationLastRead'
>;
