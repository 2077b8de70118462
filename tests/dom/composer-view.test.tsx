/**
 * The composer as it shows, from props alone (no API): what the keys and buttons ask
 * for, and which button the field offers for what it holds.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { messageView } from '../support/message-view';
import type { ComposerViewProps } from '../../renderer/src/features/conversation/ComposerView';
import { ComposerView } from '../../renderer/src/features/conversation/ComposerView';
import { initI18n } from '../../renderer/src/i18n';

beforeAll(async () => {
  await initI18n('en');
});

afterEach(() => {
  cleanup();
});

const conversationId = '0f6b8a3c-1d2e-4f50-8a6b-7c8d9e0f1a2b';

const ownMessage = messageView({ id: '00000000-0000-4000-8000-000000000001', conversationId, body: 'see you at 6' });

const noop = (): void => undefined;

function props(overrides: Partial<ComposerViewProps> = {}): ComposerViewProps {
  return {
    contactTitle: 'Carol',
    text: '',
    pending: [],
    error: undefined,
    sending: false,
    canSend: false,
    blockedReason: undefined,
    replyTo: undefined,
    editing: undefined,
    onTextChange: noop,
    onSend: noop,
    onAddFiles: noop,
    onRemoveAttachment: noop,
    onCancelReply: noop,
    onCancelEdit: noop,
    onEditLast: noop,
    onStartRecording: noop,
    onRecordingDone: noop,
    onRecordingFailed: noop,
    ...overrides,
  };
}

/** Holds the text as the container does, and records what it held at each send. */
function Harness(harness: { readonly sent: Array<string> }): React.JSX.Element {
  const [text, setText] = useState('');
  return (
    <ComposerView
      {...props({
        text,
        canSend: text.trim() !== '',
        onTextChange: setText,
        onSend: () => {
          harness.sent.push(text);
        },
      })}
    />
  );
}

const field = (): HTMLTextAreaElement => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Message' });

describe('the composer view', () => {
  it('sends what was typed on Enter, and keeps Shift+Enter for a new line', () => {
    const sent: Array<string> = [];
    render(<Harness sent={sent} />);
    fireEvent.change(field(), { target: { value: 'hello carol' } });
    fireEvent.keyDown(field(), { key: 'Enter', shiftKey: true });
    expect(sent).toEqual([]);
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(sent).toEqual(['hello carol']);
  });

  it('offers the microphone for an empty field and the send button once there is text', () => {
    const { rerender } = render(<ComposerView {...props()} />);
    expect(screen.getByRole('button', { name: 'Record voice message' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    rerender(<ComposerView {...props({ text: 'hi', canSend: true })} />);
    expect(screen.queryByRole('button', { name: 'Record voice message' })).toBeNull();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Send' }).disabled).toBe(false);
    rerender(<ComposerView {...props({ text: 'hi', canSend: false, sending: true })} />);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Send' }).disabled).toBe(true);
  });

  it('asks for the last message to edit on Up only in an empty field', () => {
    const onEditLast = vi.fn();
    const { rerender } = render(<ComposerView {...props({ text: 'draft', onEditLast })} />);
    fireEvent.keyDown(field(), { key: 'ArrowUp' });
    expect(onEditLast).not.toHaveBeenCalled();
    rerender(<ComposerView {...props({ onEditLast })} />);
    fireEvent.keyDown(field(), { key: 'ArrowUp' });
    expect(onEditLast).toHaveBeenCalledTimes(1);
  });

  it('leaves edit mode on Escape, and saves rather than sends while editing', () => {
    const onCancelEdit = vi.fn();
    const onCancelReply = vi.fn();
    render(<ComposerView {...props({ text: 'see you at 7', canSend: true, editing: ownMessage, replyTo: ownMessage, onCancelEdit, onCancelReply })} />);
    expect(screen.getByText('Editing message')).toBeTruthy();
    expect(screen.queryByText('Replying to You')).toBeNull();
    expect(screen.getByRole('button', { name: 'Save edit' })).toBeTruthy();
    fireEvent.keyDown(field(), { key: 'Escape' });
    expect(onCancelEdit).toHaveBeenCalledTimes(1);
    expect(onCancelReply).not.toHaveBeenCalled();
  });

  it('shows an upload in progress and removes it by its key', () => {
    const onRemoveAttachment = vi.fn();
    const chip = { key: 'pending-7', name: 'plan.pdf', contentType: 'application/pdf', size: 2048, previewUrl: undefined, progress: 0.4, attachment: undefined, error: undefined };
    render(<ComposerView {...props({ pending: [chip], onRemoveAttachment })} />);
    expect(screen.getByText('Uploading 40%')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: /plan\.pdf/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove plan.pdf' }));
    expect(onRemoveAttachment).toHaveBeenCalledWith('pending-7');
  });

  it('disables the field while blocked and says why under it', () => {
    render(<ComposerView {...props({ blockedReason: 'Accept the new safety number before sending.' })} />);
    expect(field().disabled).toBe(true);
    const note = screen.getByText('Accept the new safety number before sending.');
    expect(field().getAttribute('aria-describedby')).toBe(note.id);
  });
});
