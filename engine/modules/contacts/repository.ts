import type { Store } from '../../store';

/** What the contacts module keeps about the people this account talks to. */
export type ContactsRepository = Pick<Store, 'getRecipient' | 'upsertRecipient'>;
