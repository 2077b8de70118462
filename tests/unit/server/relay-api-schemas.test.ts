/** The shared request schemas (shared/relay-api) accept what the docs promise, and no more. */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  base64DecodedLength,
  HandleSchema,
  PasswordSchema,
  SendMessagesRequestSchema,
  SetKeysRequestSchema,
} from '../../../shared/relay-api';

describe('relay-api schemas', () => {
  it('compute decoded base64 lengths without decoding', () => {
    for (const length of [0, 1, 2, 3, 16, 33, 64, 1569]) {
      expect(base64DecodedLength(randomBytes(length).toString('base64'))).toBe(length);
    }
  });

  it('take lowercase handles only', () => {
    expect(HandleSchema.safeParse('+15551234567').success).toBe(true);
    expect(HandleSchema.safeParse('alice.b_c-d').success).toBe(true);
    expect(HandleSchema.safeParse('Alice').success).toBe(false);
    expect(HandleSchema.safeParse('ab').success).toBe(false);
  });

  it('take passwords of 16 to 128 printable characters', () => {
    expect(PasswordSchema.safeParse('x'.repeat(16)).success).toBe(true);
    expect(PasswordSchema.safeParse('x'.repeat(15)).success).toBe(false);
    expect(PasswordSchema.safeParse(`${'x'.repeat(16)} `).success).toBe(false);
  });

  it('refuse an empty key upload and unknown fields', () => {
    expect(SetKeysRequestSchema.safeParse({}).success).toBe(false);
    expect(SetKeysRequestSchema.safeParse({ preKeys: [], extra: 1 }).success).toBe(false);
    expect(SetKeysRequestSchema.safeParse({ preKeys: [] }).success).toBe(true);
  });

  it('refuse a ciphertext over 256 KiB', () => {
    const message = (bytes: number): unknown => ({
      timestamp: 1,
      messages: [{ type: 1, destinationDeviceId: 1, destinationRegistrationId: 1, content: randomBytes(bytes).toString('base64') }],
    });
    expect(SendMessagesRequestSchema.safeParse(message(256 * 1024)).success).toBe(true);
    expect(SendMessagesRequestSchema.safeParse(message(256 * 1024 + 1)).success).toBe(false);
  });

  it('take an optional boolean `online` on a send, and still no unknown field', () => {
    const send = { timestamp: 1, messages: [{ type: 1, destinationDeviceId: 1, destinationRegistrationId: 1, content: 'AAAA' }] };
    expect(SendMessagesRequestSchema.parse(send).online).toBeUndefined();
    expect(SendMessagesRequestSchema.parse({ ...send, online: true }).online).toBe(true);
    expect(SendMessagesRequestSchema.parse({ ...send, online: false }).online).toBe(false);
    for (const online of ['true', 1, null]) expect(SendMessagesRequestSchema.safeParse({ ...send, online }).success).toBe(false);
    expect(SendMessagesRequestSchema.safeParse({ ...send, online: true, ephemeral: true }).success).toBe(false);
  });
});
