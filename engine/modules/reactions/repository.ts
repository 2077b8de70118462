import type { Store } from '../../store';

/** What the reactions module reads and writes. */
export type ReactionsRepository = Pick<Store, 'findMessageBySentAt' | 'getMessage' | 'listReactions' | 'setReaction' | 'transaction'>;
