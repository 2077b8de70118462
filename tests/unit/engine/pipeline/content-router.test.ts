import { describe, expect, it } from 'vitest';
import type { ContentHandler, InboundContext } from '../../../../engine/pipeline/inbound';
import { ContentRouter } from '../../../../engine/pipeline/inbound';

function context(replay: boolean): InboundContext {
  // Only what the router itself reads; handlers here record that they ran.
  return { replay } as unknown as InboundContext;
}

function recording(name: string, calls: Array<string>, actsOnEarlierMessages?: boolean): ContentHandler {
  return {
    name,
    ...(actsOnEarlierMessages === undefined ? {} : { actsOnEarlierMessages }),
    apply: () => {
      calls.push(name);
    },
  };
}

describe('ContentRouter', () => {
  it('runs every handler in the order modules registered them', () => {
    const calls: Array<string> = [];
    const router = new ContentRouter().register(recording('a', calls), recording('b', calls)).register(recording('c', calls, true));
    router.route(context(false));
    expect(calls).toEqual(['a', 'b', 'c']);
    expect(router.names).toEqual(['a', 'b', 'c']);
  });

  it('replays a waiting action only through the handlers that act on earlier messages', () => {
    const calls: Array<string> = [];
    const router = new ContentRouter().register(recording('new-messages', calls), recording('reactions', calls, true), recording('profile', calls, false));
    router.route(context(true));
    expect(calls).toEqual(['reactions']);
  });

  it('refuses two handlers with one name', () => {
    const calls: Array<string> = [];
    expect(() => new ContentRouter().register(recording('edits', calls), recording('edits', calls))).toThrow(/edits/);
  });
});
