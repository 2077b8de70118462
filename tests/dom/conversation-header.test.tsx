/**
 * The chat header from props alone (no API, no panels context): what it names, when it
 * shows the shield and the back button, and which panel each button asks for.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConversationHeader } from '../../renderer/src/features/conversation/ConversationHeader';
import { initI18n } from '../../renderer/src/i18n';
import { conversationSummary } from '../support/conversation-summary';

beforeAll(async () => {
  await initI18n('en');
});

afterEach(() => {
  cleanup();
});

const conversation = conversationSummary({ id: '0f6b8a3c-1d2e-4f50-8a6b-7c8d9e0f1a2b', title: 'Carol Example', handle: '@carol', verified: 'verified' });

describe('the conversation header', () => {
  it('names the contact, shows the shield when verified, and opens each panel', () => {
    const onOpenPanel = vi.fn();
    render(<ConversationHeader conversation={conversation} title="Carol" onBack={undefined} onOpenPanel={onOpenPanel} />);
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).toBe('CarolVerified');
    expect(heading.getAttribute('title')).toBe('Carol Example');
    expect(screen.getByText('@carol')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Back to chats' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Safety number' }));
    fireEvent.click(screen.getByRole('button', { name: 'Search in this chat' }));
    fireEvent.click(screen.getByRole('button', { name: 'Contact info' }));
    expect(onOpenPanel.mock.calls).toEqual([['safety-number'], ['search'], ['contact']]);
  });

  it('leaves out the shield for an unverified contact and offers back when given it', () => {
    const onBack = vi.fn();
    render(<ConversationHeader conversation={{ ...conversation, verified: 'unverified' }} title="Carol" onBack={onBack} onOpenPanel={() => undefined} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Carol');
    fireEvent.click(screen.getByRole('button', { name: 'Back to chats' }));
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('marks a business', () => {
    render(
      <ConversationHeader
        conversation={{ ...conversation, verified: 'default', business: { devices: 26, previousDevices: null, changedAt: null } }}
        title="Acme"
        onBack={undefined}
        onOpenPanel={() => undefined}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('AcmeBusiness');
  });
});
