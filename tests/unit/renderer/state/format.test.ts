import { describe, expect, it } from 'vitest';
import {
  formatMessageTime,
  initialOf,
  isSendKey,
  normalizeDeviceName,
  secondsUntil,
  shortTitle,
  unreadBadge,
} from '../../../../renderer/src/state/format';

describe('what the link and chat screens show', () => {
  it('counts whole seconds down to the next code and never below zero', () => {
    expect(secondsUntil(60_000, 0)).toBe(60);
    expect(secondsUntil(60_000, 59_001)).toBe(1);
    expect(secondsUntil(60_000, 61_000)).toBe(0);
  });

  it('accepts device names of 1 to 50 characters after trimming, as the host does', () => {
    expect(normalizeDeviceName('  Work laptop ')).toBe('Work laptop');
    expect(normalizeDeviceName('   ')).toBeUndefined();
    expect(normalizeDeviceName('x'.repeat(50))).toBe('x'.repeat(50));
    expect(normalizeDeviceName('x'.repeat(51))).toBeUndefined();
  });

  it('sends on Enter, but not with Shift or while an input method is composing', () => {
    expect(isSendKey({ key: 'Enter', shiftKey: false, isComposing: false })).toBe(true);
    expect(isSendKey({ key: 'Enter', shiftKey: true, isComposing: false })).toBe(false);
    expect(isSendKey({ key: 'Enter', shiftKey: false, isComposing: true })).toBe(false);
    expect(isSendKey({ key: 'a', shiftKey: false, isComposing: false })).toBe(false);
  });

  it('caps unread badges at 99+ and hides them at zero', () => {
    expect(unreadBadge(0)).toBeUndefined();
    expect(unreadBadge(7)).toBe('7');
    expect(unreadBadge(100)).toBe('99+');
  });

  it('shortens account ids used as titles, and keeps handles whole', () => {
    expect(shortTitle('960126c6-1b2c-4d5e-8f90-123456789abc')).toBe('960126c6…');
    expect(shortTitle('bob')).toBe('bob');
    expect(initialOf('bob')).toBe('B');
    expect(initialOf('  ')).toBe('?');
  });

  it('shows the time for today and the date for older messages', () => {
    const now = new Date(2026, 4, 20, 15, 0).getTime();
    expect(formatMessageTime(new Date(2026, 4, 20, 9, 5).getTime(), now, 'en-GB')).toBe('09:05');
    expect(formatMessageTime(new Date(2026, 4, 18, 9, 5).getTime(), now, 'en-GB')).toBe('18 May');
  });
});
