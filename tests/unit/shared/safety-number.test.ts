import { describe, expect, it } from 'vitest';
import { groupSafetyNumber, normalizeSafetyNumber } from '../../../shared/safety-number';

const digits = '123456789012345678901234567890123456789012345678901234567890';

describe('safety number formatting', () => {
  it('shows 60 digits as 12 groups of 5', () => {
    const groups = groupSafetyNumber(digits);
    expect(groups).toHaveLength(12);
    expect(groups.join('')).toBe(digits);
    expect(groups[0]).toBe('12345');
  });

  it('accepts pasted digits with spaces, dashes and line breaks, and nothing else', () => {
    expect(normalizeSafetyNumber(groupSafetyNumber(digits).join(' '))).toBe(digits);
    expect(normalizeSafetyNumber(groupSafetyNumber(digits).join('-\n'))).toBe(digits);
    expect(normalizeSafetyNumber(digits.slice(1))).toBeUndefined();
    expect(normalizeSafetyNumber(`${digits.slice(1)}x`)).toBeUndefined();
  });
});
