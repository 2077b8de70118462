import type { ContentHandler } from '../../pipeline/inbound';
import { isAvatarDataUrl } from '../../messaging/features';
import type { ProfileRepository } from './repository';

export const maxProfileNameLength = 64;

/** A profile, end-to-end encrypted: a contact's name and picture, or this account's own from its other device. */
export function profileHandler(store: ProfileRepository): ContentHandler {
  return {
    name: 'profile',
    apply(context) {
      const profile = context.content.profile;
      if (profile === null) return;
      const name = profile.name.trim().slice(0, maxProfileNameLength);
      const avatar = profile.avatarDataUrl !== null && isAvatarDataUrl(profile.avatarDataUrl) ? profile.avatarDataUrl : null;
      if (context.sender === context.me.accountId) {
        store.setItem('profileName', name);
        store.setItem('profileAvatar', avatar);
        // Contacts this device talks to get it with its next message to them.
        store.setItem('profileUpdatedAt', profile.timestamp);
        context.emit({ kind: 'profile-updated' });
        return;
      }
      store.upsertRecipient({ accountId: context.sender, displayName: name === '' ? null : name, avatar });
      context.emit({ kind: 'contact-updated', accountId: context.sender });
    },
  };
}
