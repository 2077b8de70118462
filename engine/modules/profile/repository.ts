import type { Store } from '../../store';

/** What the profile module reads and writes: its own items and the contacts' names and pictures. */
export type ProfileRepository = Pick<Store, 'getItem' | 'setItem' | 'getRecipient' | 'upsertRecipient' | 'listConversations' | 'transaction'>;
