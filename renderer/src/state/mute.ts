/** The one mute model: the chat list's menu and the contact panel offer the same choices. */
import type { ConversationSummary } from '../../../shared/ipc/chats';

export const muteChoices = ['hour', 'eightHours', 'week', 'always'] as const;
export type MuteChoice = (typeof muteChoices)[number];

export function isMuted(conversation: Pick<ConversationSummary, 'mutedUntil'>, now: number): boolean {
  return conversation.mutedUntil !== null && conversation.mutedUntil > now;
}

/** When a mute chosen now ends; `Number.MAX_SAFE_INTEGER` is "until I unmute". */
export function mutedUntilFor(choice: MuteChoice, now: number): number {
  const hour = 60 * 60 * 1000;
  switch (choice) {
    case 'hour':
      return now + hour;
    case 'eightHours':
      return now + 8 * hour;
    case 'week':
      return now + 7 * 24 * hour;
    case 'always':
      return Number.MAX_SAFE_INTEGER;
  }
}
