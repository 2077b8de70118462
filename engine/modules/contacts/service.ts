/** Contacts: finding an account by handle, and what this device knows of one. */
import { EngineError } from '../../kernel/errors';
import { RelayHttpError } from '../../relay-client/errors';
import type { RelayHttpClient } from '../../relay-client/http';
import type { AccountId, Recipient, Store } from '../../store';
import { toAccountId } from '../../store';

export interface ContactsService {
  /** Finds an account by its handle and remembers it as a contact. */
  resolveHandle(handle: string): Promise<AccountId>;
  get(accountId: AccountId): Recipient | undefined;
  /** How many devices of theirs this device has sent to (or been told of). */
  deviceCount(accountId: AccountId): number;
}

export function createContactsService(deps: {
  readonly store: Pick<Store, 'getRecipient' | 'getRecipientByHandle' | 'upsertRecipient' | 'listRecipientDevices'>;
  readonly relay: Pick<RelayHttpClient, 'lookupHandle'>;
}): ContactsService {
  const { store, relay } = deps;
  return {
    async resolveHandle(handle) {
      const known = store.getRecipientByHandle(handle);
      if (known !== undefined) return known.accountId;
      try {
        const { accountId } = await relay.lookupHandle(handle);
        const id = toAccountId(accountId);
        store.upsertRecipient({ accountId: id, handle });
        return id;
      } catch (error) {
        if (error instanceof RelayHttpError && error.status === 404) throw new EngineError('unknown-handle', { handle });
        throw error;
      }
    },
    get: (accountId) => store.getRecipient(accountId),
    deviceCount: (accountId) => store.listRecipientDevices(accountId).length,
  };
}
