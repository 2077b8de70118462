import { describe, expect, it } from 'vitest';
import {
  InvalidIdError,
  newConversationId,
  toAccountId,
  toDeviceId,
  toPreKeyId,
  toRegistrationId,
  toServerGuid,
} from '../../../../engine/store/types';

describe('branded ids', () => {
  it('accepts account ids that are UUIDs and normalises their case', () => {
    expect(toAccountId('9D0652A3-DCC3-4D11-975F-74D61598733F')).toBe('9d0652a3-dcc3-4d11-975f-74d61598733f');
    expect(() => toAccountId('alice')).toThrow(InvalidIdError);
  });

  it('accepts device ids libsignal accepts (1…127)', () => {
    expect(toDeviceId(1)).toBe(1);
    expect(toDeviceId(127)).toBe(127);
    for (const bad of [0, 128, 1.5, Number.NaN]) expect(() => toDeviceId(bad)).toThrow(InvalidIdError);
  });

  it('checks registration ids, pre-key ids and server guids', () => {
    expect(() => toRegistrationId(0x4000)).toThrow(InvalidIdError);
    expect(toRegistrationId(0x3fff)).toBe(0x3fff);
    expect(() => toPreKeyId(-1)).toThrow(InvalidIdError);
    expect(() => toServerGuid('')).toThrow(InvalidIdError);
  });

  it('makes fresh conversation ids', () => {
    expect(newConversationId()).not.toBe(newConversationId());
  });
});
