import { EngineError } from '../../kernel/errors';
import { isAvatarDataUrl } from '../../messaging/features';
import type { OutboundPort } from '../../pipeline/outbound';
import type { AccountId } from '../../store';
import { maxProfileNameLength } from './inbound';
import type { ProfileRepository } from './repository';

export interface Profile {
  readonly name: string;
  readonly avatarDataUrl: string | null;
}

export interface ProfileService {
  get(): Profile;
  /** Saves the profile and sends it, end-to-end encrypted, to every contact and this account's other devices. */
  update(profile: Profile): void;
}

export interface ProfileInternals extends ProfileService {
  /**
   * Queues this account's profile for a contact who has not had its latest version:
   * before the first message to a new contact (call inside the transaction that
   * queues the message, so the profile goes first).
   */
  shareIfChanged(recipient: AccountId): void;
}

export function createProfileService(store: ProfileRepository, out: OutboundPort, changed: () => void): ProfileInternals {
  const get = (): Profile => ({ name: store.getItem('profileName') ?? '', avatarDataUrl: store.getItem('profileAvatar') ?? null });

  const shareIfChanged = (recipient: AccountId): void => {
    if (recipient === out.account().accountId) return;
    const updatedAt = store.getItem('profileUpdatedAt');
    if (updatedAt === undefined) return;
    const sharedAt = store.getRecipient(recipient)?.profileSharedAt ?? null;
    if (sharedAt !== null && sharedAt >= updatedAt) return;
    const { name, avatarDataUrl } = get();
    out.enqueue('other', [recipient], null, { profile: { name, avatarDataUrl, timestamp: updatedAt } });
    store.upsertRecipient({ accountId: recipient, profileSharedAt: Math.max(out.now(), updatedAt) });
  };

  return {
    get,
    shareIfChanged,
    update(profile) {
      const name = profile.name.trim().slice(0, maxProfileNameLength);
      if (profile.avatarDataUrl !== null && !isAvatarDataUrl(profile.avatarDataUrl)) throw new EngineError('avatar-invalid');
      const me = out.account();
      store.transaction(() => {
        const timestamp = out.uniqueTimestamp();
        store.setItem('profileName', name);
        store.setItem('profileAvatar', profile.avatarDataUrl);
        store.setItem('profileUpdatedAt', timestamp);
        const contacts = new Set(store.listConversations().flatMap((conversation) => conversation.members));
        contacts.forEach(shareIfChanged);
        out.enqueue('sync', [me.accountId], null, { profile: { name, avatarDataUrl: profile.avatarDataUrl, timestamp } });
      });
      changed();
    },
  };
}
