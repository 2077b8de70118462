import { HandleSchema } from '../../../shared/relay-api';
import type { ContentHandler } from '../../pipeline/inbound';
import type { ContactsRepository } from './repository';

/** What a message tells about the other party: a contact's profile key, and the handle a message names. */
export function contactDetailsHandler(store: ContactsRepository): ContentHandler {
  return {
    name: 'contact-details',
    apply(context) {
      for (const part of context.authored) {
        if (part.direction === 'incoming') {
          // Only a contact's own data message carries their details (an edit does not).
          if (part.data === null) continue;
          if (part.data.profileKey !== null && part.data.profileKey.length === 32) {
            store.upsertRecipient({ accountId: part.peer, profileKey: Uint8Array.from(part.data.profileKey) });
          }
        }
        learnHandle(store, part.peer, part.peerHandle);
      }
    },
  };
}

/** Remembers a contact's handle the first time a message names it (a handle, once known, is not replaced). */
function learnHandle(store: ContactsRepository, accountId: Parameters<ContactsRepository['getRecipient']>[0], handle: string | null): void {
  if (handle === null || !HandleSchema.safeParse(handle).success) return;
  if (store.getRecipient(accountId)?.handle != null) return;
  store.upsertRecipient({ accountId, handle });
}
