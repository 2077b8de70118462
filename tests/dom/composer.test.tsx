import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createParleyApi } from '../../shared/ipc/bridge';
import { services } from '../../shared/ipc/contract';
import { IpcRouter } from '../../shared/ipc/router';
import { Composer } from '../../renderer/src/features/conversation/Composer';
import type { ComposerProps } from '../../renderer/src/features/conversation/Composer';
import { initI18n } from '../../renderer/src/i18n';
import { ApiContext } from '../../renderer/src/ipc';

beforeAll(async () => {
  await initI18n('en');
});

afterEach(() => {
  cleanup();
});

const conversationId = '0f6b8a3c-1d2e-4f50-8a6b-7c8d9e0f1a2b';

/**
 * The composer over the real IPC contract: an `IpcRouter` validates every call against
 * the schemas, and the chats service here records what reached it.
 */
function host(): { readonly api: ReturnType<typeof createParleyApi>; readonly calls: Array<[string, ReadonlyArray<unknown>]> } {
  const calls: Array<[string, ReadonlyArray<unknown>]> = [];
  const router = new IpcRouter();
  router.registerService(
    services.chats,
    () =>
      Object.fromEntries(
        Object.keys(services.chats.methods).map((name) => [
          name,
          (...args: ReadonlyArray<unknown>) => {
            calls.push([name, args]);
            return null;
          },
        ]),
      ) as never,
  );
  const api = createParleyApi({ invoke: (channel, args) => router.invoke(channel, args), subscribe: () => () => undefined });
  return { api, calls };
}

function renderComposer(overrides: Partial<ComposerProps> = {}): { readonly sent: Array<[string, ReadonlyArray<string>, string | null]>; readonly editLast: Array<true>; readonly calls: Array<[string, ReadonlyArray<unknown>]> } {
  const sent: Array<[string, ReadonlyArray<string>, string | null]> = [];
  const editLast: Array<true> = [];
  const { api, calls } = host();
  render(
    <ApiContext.Provider value={api}>
      <Composer
        conversationId={conversationId}
        contactTitle="Carol"
        initialDraft={null}
        blockedReason={undefined}
        replyTo={undefined}
        onCancelReply={() => undefined}
        editing={undefined}
        onCancelEdit={() => undefined}
        onEditLast={() => {
          editLast.push(true);
        }}
        onSend={(body, attachmentIds, quoteMessageId) => {
          sent.push([body, attachmentIds, quoteMessageId]);
          return Promise.resolve();
        }}
        onEdit={() => Promise.resolve()}
        {...overrides}
      />
    </ApiContext.Provider>,
  );
  return { sent, editLast, calls };
}

describe('the composer', () => {
  it('sends the text on Enter, empties itself, and tells the contact it stopped typing', async () => {
    const { sent, calls } = renderComposer();
    const field = screen.getByRole('textbox', { name: 'Message' });
    fireEvent.change(field, { target: { value: 'hello carol' } });
    await waitFor(() => {
      expect(calls).toContainEqual(['sendTyping', [conversationId, true]]);
    });
    await act(async () => {
      fireEvent.keyDown(field, { key: 'Enter' });
      await Promise.resolve();
    });
    expect(sent).toEqual([['hello carol', [], null]]);
    await waitFor(() => {
      expect((field as HTMLTextAreaElement).value).toBe('');
    });
    await waitFor(() => {
      expect(calls).toContainEqual(['sendTyping', [conversationId, false]]);
    });
  });

  it('keeps Shift+Enter for a new line and sends nothing blank', () => {
    const { sent } = renderComposer();
    const field = screen.getByRole('textbox', { name: 'Message' });
    fireEvent.keyDown(field, { key: 'Enter' });
    fireEvent.change(field, { target: { value: 'two' } });
    fireEvent.keyDown(field, { key: 'Enter', shiftKey: true });
    expect(sent).toEqual([]);
  });

  it('offers the last message for editing on Up in an empty field', () => {
    const { editLast } = renderComposer();
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Message' }), { key: 'ArrowUp' });
    expect(editLast).toEqual([true]);
  });

  it('is disabled while a new safety number waits to be accepted', () => {
    renderComposer({ blockedReason: 'Carol’s safety number changed.' });
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Message' }).disabled).toBe(true);
  });
});
