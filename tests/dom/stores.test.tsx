/**
 * The slice stores over the real IPC contract: however many components read a slice, the
 * host is asked once and subscribed to once, and every reader sees the host's changes.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createParleyApi } from '../../shared/ipc/bridge';
import type { ConversationSummary } from '../../shared/ipc/chats';
import { services } from '../../shared/ipc/contract';
import { eventChannel } from '../../shared/ipc/service';
import { IpcRouter } from '../../shared/ipc/router';
import { ApiContext } from '../../renderer/src/ipc';
import { useConversations } from '../../renderer/src/features/chats/useConversations';
import { useSettings } from '../../renderer/src/features/settings/useSettings';
import { defaultSettings } from '../../shared/ipc/settings';
import { conversationSummary } from '../support/conversation-summary';

afterEach(() => {
  cleanup();
});

function summary(id: string, title: string, lastMessageAt: number): ConversationSummary {
  return conversationSummary({ id, title, lastMessageAt });
}

/** A host whose chats and settings services count their calls, and whose events the test pushes. */
function host(list: ReadonlyArray<ConversationSummary>) {
  const counts = { listConversations: 0, getSettings: 0, subscriptions: new Map<string, number>() };
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const router = new IpcRouter();
  let release: () => void = () => undefined;
  const listed = new Promise<void>((resolve) => {
    release = resolve;
  });
  /** Every method of a service answering null, but for those given. */
  const only = (methods: Record<string, unknown>, given: Record<string, (...args: Array<never>) => unknown>): never =>
    ({ ...Object.fromEntries(Object.keys(methods).map((name) => [name, () => null])), ...given }) as never;
  router.registerService(services.chats, () =>
    only(services.chats.methods, {
      listConversations: async () => {
        counts.listConversations++;
        await listed;
        return list;
      },
    }),
  );
  router.registerService(services.settings, () =>
    only(services.settings.methods, {
      get: () => {
        counts.getSettings++;
        return defaultSettings;
      },
    }),
  );
  const api = createParleyApi({
    invoke: (channel, args) => router.invoke(channel, args),
    subscribe: (channel, listener) => {
      counts.subscriptions.set(channel, (counts.subscriptions.get(channel) ?? 0) + 1);
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
  });
  const push = (channel: string, payload: unknown): void => {
    for (const listener of listeners.get(channel) ?? []) listener(payload);
  };
  return { api, counts, push, release };
}

function Titles(props: { readonly label: string }): React.JSX.Element {
  const { conversations } = useConversations();
  const settings = useSettings();
  return (
    <p aria-label={props.label}>
      {(conversations ?? []).map((conversation) => conversation.title).join(',')}|{settings?.theme ?? ''}
    </p>
  );
}

describe('slice stores', () => {
  it('ask the host once and subscribe once for every reader, keep a change that came before the list, and update every reader', async () => {
    const a = '0f6b8a3c-1d2e-4f50-8a6b-7c8d9e0f1a2b';
    const b = '1f6b8a3c-1d2e-4f50-8a6b-7c8d9e0f1a2b';
    const { api, counts, push, release } = host([summary(a, 'Ada', 1)]);
    render(
      <ApiContext.Provider value={api}>
        <Titles label="one" />
        <Titles label="two" />
        <Titles label="three" />
      </ApiContext.Provider>,
    );
    const changes = eventChannel('chats', 'onDidChangeConversations');
    expect(counts.subscriptions.get(changes)).toBe(1);
    // Arrives while the list is still being read: applied to it, not lost.
    act(() => {
      push(changes, { upserted: [summary(b, 'Bea', 2)], removedIds: [] });
    });
    await act(async () => {
      release();
      await Promise.resolve();
    });
    for (const label of ['one', 'two', 'three']) await vi.waitFor(() => { expect(screen.getByLabelText(label).textContent).toBe('Bea,Ada|system'); });
    expect(counts.listConversations).toBe(1);
    expect(counts.getSettings).toBe(1);

    act(() => {
      push(changes, { upserted: [], removedIds: [b] });
    });
    for (const label of ['one', 'two', 'three']) expect(screen.getByLabelText(label).textContent).toBe('Ada|system');
    expect(counts.subscriptions.get(changes)).toBe(1);
  });
});
