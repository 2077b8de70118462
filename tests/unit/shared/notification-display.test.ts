import { describe, expect, it } from 'vitest';
import { NotificationDisplay } from '../../../shared/notification-display';

interface Fake {
  readonly name: string;
}

function display(): { readonly shown: NotificationDisplay<Fake>; readonly closed: Array<string> } {
  const closed: Array<string> = [];
  return {
    shown: new NotificationDisplay<Fake>((handle) => {
      closed.push(handle.name);
    }),
    closed,
  };
}

describe('NotificationDisplay', () => {
  it('keeps one notification per chat: a newer message closes the older one', () => {
    const { shown, closed } = display();
    shown.add({ conversationId: 'c1', messageId: 'm1', update: false }, { name: 'first' });
    shown.add({ conversationId: 'c1', messageId: 'm2', update: false }, { name: 'second' });
    shown.add({ conversationId: 'c2', messageId: 'm3', update: false }, { name: 'other chat' });
    expect(closed).toEqual(['first']);
    expect([...shown.current()]).toEqual([
      ['c1', 'm2'],
      ['c2', 'm3'],
    ]);
  });

  it('closes a notification when its message is retracted, and only then', () => {
    const { shown, closed } = display();
    shown.add({ conversationId: 'c1', messageId: 'm2', update: false }, { name: 'second' });
    shown.retract({ conversationId: 'c1', messageIds: ['m1'] });
    shown.retract({ conversationId: 'c2', messageIds: ['m2'] });
    expect(closed).toEqual([]);
    shown.retract({ conversationId: 'c1', messageIds: ['m1', 'm2'] });
    expect(closed).toEqual(['second']);
    expect(shown.current().size).toBe(0);
  });

  it('shows an edit only over the notification of the same message that is still up', () => {
    const { shown } = display();
    const edit = { conversationId: 'c1', messageId: 'm1', update: true };
    expect(shown.wants(edit)).toBe(false);
    const original = { name: 'original' };
    shown.add({ conversationId: 'c1', messageId: 'm1', update: false }, original);
    expect(shown.wants(edit)).toBe(true);
    expect(shown.wants({ conversationId: 'c1', messageId: 'm0', update: true })).toBe(false);
    expect(shown.wants({ conversationId: 'c1', messageId: 'm9', update: false })).toBe(true);
    // Dismissed by the user: an edit no longer brings it back.
    shown.forget('c1', original);
    expect(shown.wants(edit)).toBe(false);
  });
});
