/**
 * The message list's paging, in a DOM: it asks for older messages when the user scrolls
 * near the top (once per page, not while one is loading, not when there are none), for
 * newer ones near the bottom of a window that has them, and at once when a short window
 * cannot scroll at all, but never for a log that is not laid out.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createParleyApi } from '../../shared/ipc/bridge';
import type { MessageView } from '../../shared/ipc/chats';
import { messageView } from '../support/message-view';
import { services } from '../../shared/ipc/contract';
import { IpcRouter } from '../../shared/ipc/router';
import type { MessageHandlers } from '../../renderer/src/features/conversation/MessageItem';
import { MessageList } from '../../renderer/src/features/conversation/MessageList';
import type { MessageWindow } from '../../renderer/src/features/conversation/timeline';
import { initI18n } from '../../renderer/src/i18n';
import { ApiContext } from '../../renderer/src/ipc';

beforeAll(async () => {
  await initI18n('en');
});

afterEach(() => {
  cleanup();
});

const conversationId = '0f6b8a3c-1d2e-4f50-8a6b-7c8d9e0f1a2b';

function message(index: number): MessageView {
  const incoming = index % 2 === 0;
  return messageView({
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    conversationId,
    direction: incoming ? 'incoming' : 'outgoing',
    body: `message ${String(index)}`,
    sentAt: 1_700_000_000_000 + index * 60_000,
    receivedAt: 1_700_000_000_000 + index * 60_000,
    status: incoming ? 'received' : 'read',
  });
}

/** An API over the real contract whose services answer nothing: the list only reads the connection state. */
function api(): ReturnType<typeof createParleyApi> {
  const router = new IpcRouter();
  for (const spec of Object.values(services)) {
    router.registerService(spec, () => Object.fromEntries(Object.keys(spec.methods).map((name) => [name, () => null])) as never);
  }
  return createParleyApi({ invoke: (channel, args) => router.invoke(channel, args), subscribe: () => () => undefined });
}

const noop = (): void => undefined;
const handlers = new Proxy({}, { get: () => noop }) as MessageHandlers;

/** Gives the log the size a browser would lay it out at (happy-dom lays nothing out). */
function layOut(element: HTMLElement, size: { readonly clientHeight: number; readonly scrollHeight: number }): void {
  Object.defineProperty(element, 'clientHeight', { configurable: true, value: size.clientHeight });
  Object.defineProperty(element, 'scrollHeight', { configurable: true, value: size.scrollHeight });
}

function renderList(window: MessageWindow, options: { readonly loadingOlder?: boolean } = {}) {
  const calls = { older: 0, newer: 0 };
  const view = (props: { readonly window: MessageWindow; readonly loadingOlder: boolean }): React.JSX.Element => (
    <ApiContext.Provider value={client}>
      <MessageList
        window={props.window}
        label="Messages with Carol"
        contactTitle="Carol"
        loading={false}
        loadingOlder={props.loadingOlder}
        scrollRequest={undefined}
        handlers={handlers}
        onLoadOlder={() => {
          calls.older++;
        }}
        onLoadNewer={() => {
          calls.newer++;
        }}
        onJumpToLatest={noop}
        onKeyAction={noop}
        onAtLatestChange={noop}
      />
    </ApiContext.Provider>
  );
  const client = api();
  const rendered = render(view({ window, loadingOlder: options.loadingOlder ?? false }));
  const log = screen.getByRole('log', { name: 'Messages with Carol' });
  return {
    calls,
    log,
    rerender: (next: MessageWindow, loadingOlder = false) => {
      rendered.rerender(view({ window: next, loadingOlder }));
    },
  };
}

const page = (count: number, change: Partial<MessageWindow> = {}): MessageWindow => ({
  messages: Array.from({ length: count }, (_, index) => message(index + 1)),
  hasOlder: true,
  hasNewer: false,
  firstUnreadMessageId: null,
  ...change,
});

describe('the message list', () => {
  it('asks for older messages when scrolled near the top, but not while a page is loading or when there are none', () => {
    const { calls, log, rerender } = renderList(page(40));
    layOut(log, { clientHeight: 600, scrollHeight: 4_000 });
    act(() => {
      log.scrollTop = 2_000;
      fireEvent.scroll(log);
    });
    expect(calls.older).toBe(0);
    act(() => {
      log.scrollTop = 100;
      fireEvent.scroll(log);
    });
    expect(calls.older).toBe(1);

    rerender(page(40), true);
    act(() => {
      fireEvent.scroll(log);
    });
    expect(calls.older).toBe(1);

    rerender(page(40, { hasOlder: false }));
    act(() => {
      fireEvent.scroll(log);
    });
    expect(calls.older).toBe(1);
  });

  it('asks for newer messages near the bottom of a window opened further back', () => {
    const { calls, log } = renderList(page(40, { hasOlder: false, hasNewer: true }));
    layOut(log, { clientHeight: 600, scrollHeight: 4_000 });
    act(() => {
      log.scrollTop = 3_300;
      fireEvent.scroll(log);
    });
    expect(calls.newer).toBe(1);
  });

  it('fills a log that cannot scroll with older pages at once, but never one that is not laid out', () => {
    const short = renderList(page(3));
    // Not laid out (no height): it must not pull in the whole history.
    expect(short.calls.older).toBe(0);
    layOut(short.log, { clientHeight: 600, scrollHeight: 300 });
    short.rerender(page(4));
    expect(short.calls.older).toBeGreaterThanOrEqual(1);
  });
});
