import type { Store } from '../../store';

/** What edits and deletes read and write. */
export type EditsRepository = Pick<Store, 'findMessageBySentAt' | 'getMessage' | 'editMessageBody' | 'markDeletedForEveryone' | 'deleteMessage' | 'transaction'>;
